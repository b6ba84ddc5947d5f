import { type Column, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { collaborationBlock, district, supportMeeting } from "../schema/index.ts";
import { rowsOfResult } from "./result-rows.ts";

/**
 * Each team's collaboration-block time used in the window: every held meeting counts the minutes
 * it ran inside one of its team's weekly blocks (the domain rule `teamBlockUse`, rules/school-week),
 * whether or not it was scheduled "into" the block. Summed in SQL, one row per team: reading a
 * district's 28,000 held meetings into the server and converting each to the district's wall
 * clock there cost more than half a second per request.
 *
 * Written to give exactly the rule's figures (`dashboard-progress-summary.test.ts` compares them):
 * a meeting ran from when it was started (else as scheduled) for its held minutes (else its
 * scheduled length), at the millisecond and in the floating point JavaScript uses; read on the
 * district's wall clock, it covers the minutes of the day from its start up to its end (the end
 * of the day if it ends on another day); the minutes inside the team's blocks of that weekday
 * count once, however the blocks overlap.
 */
export async function loadTeamBlockUse(
  tx: Transaction,
  /** `teams` is a subquery of the teams' ids (see `teamsInReach`). */
  params: { teams: SQL; from: Date; to: Date },
): Promise<{ teamId: string; usedMinutes: number }[]> {
  const ms = (column: SQL | Column) => sql`floor(extract(epoch from ${column}) * 1000)::float8`;
  const result: unknown = await tx.execute(sql`
    with place as (
      select ${district.timeZone} as time_zone from ${district}
      where ${district.id} = current_setting('app.district_id')::uuid
    ), held as (
      select ${supportMeeting.teamId} as team_id,
        ${ms(sql`coalesce(${supportMeeting.startedAt}, ${supportMeeting.startsAt})`)} as start_ms,
        coalesce(${supportMeeting.heldMinutes}::float8,
          (${ms(supportMeeting.endsAt)} - ${ms(supportMeeting.startsAt)}) / 60000) as minutes
      from ${supportMeeting}
      where ${supportMeeting.teamId} in (${params.teams})
        and ${supportMeeting.status} = 'closed'
        and ${supportMeeting.startsAt} >= ${params.from.toISOString()}::timestamptz
        and ${supportMeeting.startsAt} <= ${params.to.toISOString()}::timestamptz
    ), wall as (
      select held.team_id,
        to_timestamp(held.start_ms / 1000) at time zone place.time_zone as starts,
        to_timestamp(trunc(held.start_ms + held.minutes * 60000) / 1000)
          at time zone place.time_zone as ends
      from held cross join place
    ), span as (
      select wall.team_id, extract(isodow from wall.starts)::int as weekday,
        (extract(hour from wall.starts) * 60 + extract(minute from wall.starts))::int as start_minute,
        case when wall.ends::date = wall.starts::date
          then (extract(hour from wall.ends) * 60 + extract(minute from wall.ends))::int
          else 1440 end as end_minute
      from wall
    )
    select span.team_id::text as "teamId", sum((
      select count(distinct minute) from ${collaborationBlock} block
      cross join generate_series(
        greatest(block.start_minute, span.start_minute),
        least(block.end_minute, span.end_minute) - 1) as minute
      where block.team_id = span.team_id and block.weekday = span.weekday
    ))::int as "usedMinutes"
    from span
    group by span.team_id`);
  return rowsOfResult<{ teamId: string; usedMinutes: number }>(result).map((row) => ({
    teamId: row.teamId,
    usedMinutes: Number(row.usedMinutes),
  }));
}
