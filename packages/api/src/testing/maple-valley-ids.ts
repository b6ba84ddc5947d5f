import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";

/**
 * The ids of the demo district's two schools, read as the owner connection, for tests that
 * place people, cohorts or walkthroughs at one school and look from the other.
 */
export async function mapleValleySchoolIds(
  db: Database,
): Promise<{ elementaryId: string; middleId: string }> {
  const schools = await rawRows<{ id: string; name: string }>(
    db,
    sql`select s.id::text as id, s.name from school s join district d on d.id = s.district_id
        where d.slug = 'maple-valley'`,
  );
  const idOf = (name: string) => {
    const found = schools.find((school) => school.name === name);
    if (!found) throw new Error(`The seed has no ${name}.`);
    return found.id;
  };
  return {
    elementaryId: idOf("Maple Valley Elementary"),
    middleId: idOf("Riverside Middle School"),
  };
}
