import type { Weekday } from "@throughline/domain/rules/common-time";
import { teamBlockUse } from "@throughline/domain/rules/school-week";
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { collaborationBlock, district, supportMeeting } from "../../schema/index.ts";
import { groupBy } from "../shared/group-rows.ts";
import { jsonValue } from "./dashboard-json-rows.ts";

/** What block use is counted from: the teams' weekly blocks, their held meetings, the zone. */
export interface BlockUseFacts {
  blocks: { teamId: string; weekday: Weekday; start: number; end: number }[];
  /** Times as milliseconds since the epoch (as JavaScript reads them, to the millisecond). */
  meetings: {
    teamId: string;
    startsAt: number;
    endsAt: number;
    startedAt: number | null;
    heldMinutes: number | null;
  }[];
  timeZone: string | null;
}

const epochMs = (column: SQLWrapper) => sql`floor(extract(epoch from ${column}) * 1000)::float8`;

/**
 * The block-use facts of some teams as one JSON value; `teams` is a subquery of their ids (see
 * `teamsInReach`), the window's bounds SQL timestamptz values.
 */
export function blockUseFactsSql(params: {
  teams: SQL;
  from: SQL;
  to: SQL;
  /** A whole district's teams: its window's held meetings are read by start time instead. */
  wholeDistrict?: boolean;
}): SQL {
  const window = sql`${supportMeeting.status} = 'closed'
    and ${supportMeeting.startsAt} >= ${params.from} and ${supportMeeting.startsAt} <= ${params.to}`;
  // A level's teams team by team (offset 0 keeps the subquery as written): a prepared plan, not
  // knowing the window, otherwise reads every held meeting of the district's window by start
  // time. A whole district's by start time: team by team it read all 72,000 meetings.
  const meetings = params.wholeDistrict
    ? sql`${supportMeeting} where ${window} and ${supportMeeting.teamId} in (${params.teams})`
    : sql`(${params.teams}) reach_team(id)
      cross join lateral (select * from ${supportMeeting}
        where ${supportMeeting.teamId} = reach_team.id and ${window} offset 0) ${supportMeeting}`;
  return sql`json_build_object(
    'blocks', (select coalesce(json_agg(json_build_object(
        'teamId', ${collaborationBlock.teamId}, 'weekday', ${collaborationBlock.weekday},
        'start', ${collaborationBlock.startMinute}, 'end', ${collaborationBlock.endMinute})), '[]'::json)
      from ${collaborationBlock} where ${collaborationBlock.teamId} in (${params.teams})),
    'meetings', (select coalesce(json_agg(json_build_object(
        'teamId', ${supportMeeting.teamId}, 'startsAt', ${epochMs(supportMeeting.startsAt)},
        'endsAt', ${epochMs(supportMeeting.endsAt)}, 'startedAt', ${epochMs(supportMeeting.startedAt)},
        'heldMinutes', ${supportMeeting.heldMinutes})), '[]'::json)
      from ${meetings}),
    'timeZone', (select ${district.timeZone} from ${district}
      where ${district.id} = current_setting('app.district_id')::uuid))`;
}

/**
 * Each team's collaboration-block time used in the window: every held meeting counts the minutes
 * it ran inside one of its team's weekly blocks (the domain rule), whether or not it was
 * scheduled "into" the block.
 */
export async function loadTeamBlockUse(
  tx: Transaction,
  /** `teams` is a subquery of the teams' ids (see `teamsInReach`). */
  params: { teams: SQL; from: Date; to: Date },
): Promise<{ teamId: string; usedMinutes: number }[]> {
  const facts = blockUseFactsSql({
    teams: params.teams,
    from: sql`${params.from.toISOString()}::timestamptz`,
    to: sql`${params.to.toISOString()}::timestamptz`,
  });
  const result = await tx.execute<{ facts: unknown }>(sql`select ${facts} as facts`);
  const [row] = Array.isArray(result) ? result : (result as { rows: { facts: unknown }[] }).rows;
  return teamBlockUseOf(jsonValue<BlockUseFacts>(row?.facts));
}

/** The block-use rule over loaded facts. */
export function teamBlockUseOf(facts: BlockUseFacts): { teamId: string; usedMinutes: number }[] {
  const timeZone = facts.timeZone ?? "UTC";
  // One team at a time, with its own blocks: the rule looks for each meeting's blocks among the
  // blocks it is given, so a district's 72,000 meetings against all 2,000 teams' blocks took
  // seconds.
  const blocksByTeam = groupBy(facts.blocks, (block) => block.teamId);
  const meetings = facts.meetings.map((meeting) => ({
    teamId: meeting.teamId,
    startsAt: new Date(meeting.startsAt),
    endsAt: new Date(meeting.endsAt),
    startedAt: meeting.startedAt === null ? null : new Date(meeting.startedAt),
    heldMinutes: meeting.heldMinutes,
  }));
  return [...groupBy(meetings, (meeting) => meeting.teamId)].flatMap(([teamId, held]) =>
    teamBlockUse(held, blocksByTeam.get(teamId) ?? [], timeZone),
  );
}
