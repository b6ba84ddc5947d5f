import type { Database } from "@throughline/db/client";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";

/** The id of a team the person behind `email` facilitates, read as the owner connection. */
export async function facilitatedTeamId(db: Database, email: string): Promise<string> {
  const [team] = await rawRows<{ id: string }>(
    db,
    sql`select t.id::text as id from team t join person p on p.id = t.facilitator_id
        where p.email = ${email} limit 1`,
  );
  return team?.id ?? "";
}

/** The scheduled meetings of the demo team named `teamName`, earliest first. */
export async function scheduledMeetingIds(db: Database, teamName: string): Promise<string[]> {
  const rows = await rawRows<{ id: string }>(
    db,
    sql`select m.id::text as id from support_meeting m
        join team t on t.district_id = m.district_id and t.id = m.team_id
        where t.name = ${teamName} and m.status = 'scheduled' order by m.starts_at`,
  );
  return rows.map((row) => row.id);
}
