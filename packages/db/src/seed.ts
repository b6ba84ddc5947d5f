import { hashPassword } from "better-auth/crypto";
import { inArray } from "drizzle-orm";
import type { Database } from "./client.ts";
import { district } from "./schema/index.ts";
import { buildCedarRidge } from "./seed/cedar-ridge.ts";
import { DEMO_PASSWORD } from "./seed/demo-logins.ts";
import { buildMapleValley } from "./seed/maple-valley.ts";
import { writeDistrict } from "./seed/write-district.ts";

export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from "./seed/demo-logins.ts";

export interface SeedOptions {
  /** The moment the demo's dates are relative to; now unless told. */
  now?: Date;
}

/**
 * Writes the demo districts, Maple Valley Unified and Cedar Ridge Schools, with a login for
 * every person (password DEMO_PASSWORD). A district that exists already is left alone, so this
 * is safe to run on every start. Each district is written in one transaction. Answers the slugs
 * of the districts it wrote (none when all were there).
 */
export async function seedDemoData(db: Database, options: SeedOptions = {}): Promise<string[]> {
  const now = options.now ?? new Date();
  const builders = [
    { slug: "maple-valley", build: buildMapleValley },
    { slug: "cedar-ridge", build: buildCedarRidge },
  ];
  const present = await db
    .select({ slug: district.slug })
    .from(district)
    .where(
      inArray(
        district.slug,
        builders.map((entry) => entry.slug),
      ),
    );
  const missing = builders.filter((entry) => !present.some((row) => row.slug === entry.slug));
  if (missing.length === 0) return [];

  // The hash is memory-hard and slow on purpose: compute it once and share it.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const entry of missing) await writeDistrict(db, entry.build(passwordHash, now));
  return missing.map((entry) => entry.slug);
}
