import { sql } from "drizzle-orm";
import type { Database } from "../../client.ts";

/*
 * A sign-in that belongs to people in several districts (a regional coach, a partner reviewer)
 * chooses which district a session opens. Both questions are asked before any district is set,
 * through the narrow functions of the multi-district sign-in migration.
 */

interface SignInDistrict {
  districtId: string;
  districtName: string;
  /** The person's name in that district (a district may spell it its own way). */
  personName: string;
}

/** The districts where the user has an active person, by district name. */
export function listSignInDistricts(db: Database, userId: string): Promise<SignInDistrict[]> {
  return db
    .select({
      districtId: sql<string>`district_id`,
      districtName: sql<string>`district_name`,
      personName: sql<string>`person_name`,
    })
    .from(sql`sign_in_districts(${userId})`);
}

/** Opens the district in the session; false when the user has no active person there. */
export async function chooseSessionDistrict(
  db: Database,
  params: { sessionId: string; userId: string; districtId: string },
): Promise<boolean> {
  const [row] = await db
    .select({ chosen: sql<boolean>`chosen` })
    .from(
      sql`choose_session_district(${params.sessionId}, ${params.userId}, ${params.districtId}::uuid) as chosen`,
    );
  return row?.chosen === true;
}
