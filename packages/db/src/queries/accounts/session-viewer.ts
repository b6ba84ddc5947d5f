import { viewerSchema } from "@throughline/domain/home";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../client.ts";
import type { ViewerDetails } from "../people/viewer.ts";

/** A session found by its token, with the viewer it signs in as (null: no active person). */
export interface SessionViewer {
  sessionId: string;
  userId: string;
  /** When the session ends, in milliseconds since the epoch. */
  expiresAtMs: number;
  viewer: ViewerDetails | null;
  /**
   * No viewer because the sign-in belongs to active people in several districts and this
   * session has not opened one of them yet: the apps ask which.
   */
  chooseDistrict: boolean;
}

const viewerDetailsSchema = viewerSchema.extend({
  ledTeamIds: z.array(z.string()),
  learner: z.boolean(),
  partnerReviewer: z.boolean().default(false),
});

/**
 * Built once per database and prepared by name: this runs on every request, so PostgreSQL keeps
 * its plan on each connection and drizzle does not rebuild its SQL text.
 */
const lookups = new WeakMap<Database, ReturnType<typeof prepareLookup>>();

function prepareLookup(db: Database) {
  return db
    .select({
      sessionId: sql<string>`session_id`,
      userId: sql<string>`user_id`,
      expiresAtMs: sql<number>`expires_at_ms`,
      viewer: sql<unknown>`viewer`,
      chooseDistrict: sql<boolean>`choose_district`,
    })
    .from(sql`session_viewer(${sql.placeholder("token")})`)
    .prepare("session_viewer");
}

/**
 * The session behind a cookie's token and its viewer (person, district, roles with schools, led
 * teams, whether they are enrolled as a learner) in one statement, read before any district is set (`session_viewer` in migration 0019).
 * Null when no session has this token.
 */
export async function findSessionViewer(
  db: Database,
  token: string,
): Promise<SessionViewer | null> {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = prepareLookup(db);
    lookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ token });
  if (!row) return null;
  const viewer = row.viewer === null ? null : viewerDetailsSchema.parse(row.viewer);
  return {
    sessionId: row.sessionId,
    userId: row.userId,
    expiresAtMs: Number(row.expiresAtMs),
    viewer: viewer && { ...viewer, facilitatesTeam: viewer.ledTeamIds.length > 0 },
    chooseDistrict: row.chooseDistrict === true,
  };
}
