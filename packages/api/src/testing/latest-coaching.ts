import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";

/** The id of the teacher's latest published coaching observation, "" when she has none. */
export async function latestPublishedCoachingId(db: Database, teacherId: string): Promise<string> {
  const [row] = await rawRows<{ id: string }>(
    db,
    sql`select id::text as id from observation where teacher_id = ${teacherId}
        and kind = 'coaching' and status = 'published' order by observed_on desc limit 1`,
  );
  return row?.id ?? "";
}
