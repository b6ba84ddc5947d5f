import { asc, eq } from "drizzle-orm";
import type { Database } from "../../client.ts";
import { district } from "../../schema/index.ts";

/* Districts as public badge addresses name them; `district` is the tenant, not a tenant table. */

export interface PublicDistrict {
  id: string;
  name: string;
  slug: string;
  timeZone: string;
}

const publicColumns = {
  id: district.id,
  name: district.name,
  slug: district.slug,
  timeZone: district.timeZone,
};

/** The district of a public address; null when no district has the slug. */
export async function findDistrictBySlug(
  db: Database,
  slug: string,
): Promise<PublicDistrict | null> {
  const [found] = await db.select(publicColumns).from(district).where(eq(district.slug, slug));
  return found ?? null;
}

/** Every district, oldest first. */
export function listPublicDistricts(db: Database): Promise<PublicDistrict[]> {
  return db.select(publicColumns).from(district).orderBy(asc(district.createdAt));
}
