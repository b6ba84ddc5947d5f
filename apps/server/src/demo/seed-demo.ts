import type { FileStorage } from "@throughline/api/files/storage";
import type { Database } from "@throughline/db/client";
import { district } from "@throughline/db/schema";
import { seedDemoData } from "@throughline/db/seed";
import { eq } from "drizzle-orm";
import { type CredentialDemoDeps, seedCredentialDemo } from "./seed-credential-demo.ts";

/**
 * Seeds the demo districts into a database that lacks them and, only when it has just done so,
 * the micro-credential demo on top: a database someone has been using is never added to.
 */
export async function seedDemo(
  deps: CredentialDemoDeps & { db: Database; storage: FileStorage },
): Promise<void> {
  const before = await deps.db
    .select({ id: district.id })
    .from(district)
    .where(eq(district.slug, "maple-valley"));
  await seedDemoData(deps.db, { now: deps.now });
  if (before.length === 0) await seedCredentialDemo(deps);
}
