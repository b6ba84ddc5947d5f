import { eq, sql } from "drizzle-orm";
import type { Database } from "./client.ts";
import { session } from "./schema/index.ts";

export interface Membership {
  districtId: string;
  personId: string;
}

/**
 * The district and person of a signed-in user, found before any district is set. The person
 * table is tenant-scoped, so this goes through the `identity_membership` SECURITY DEFINER
 * function, which answers only this question. Null when the user has no active person.
 */
export async function findPersonForUser(db: Database, userId: string): Promise<Membership | null> {
  const rows = await db
    .select({
      districtId: sql<string>`district_id`,
      personId: sql<string>`person_id`,
    })
    .from(sql`identity_membership(${userId})`)
    .limit(1);
  return rows[0] ?? null;
}

/** Ends every session of a user (a password was right, but the person may not sign in). */
export async function endSessionsOfUser(db: Database, userId: string): Promise<void> {
  await db.delete(session).where(eq(session.userId, userId));
}
