import type { Weekday } from "@throughline/domain/rules/common-time";
import { teamBlockUse } from "@throughline/domain/rules/school-week";
import { and, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { collaborationBlock, district, supportMeeting } from "../../schema/index.ts";

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
  const [blocks, meetings, place] = await Promise.all([
    tx
      .select({
        teamId: collaborationBlock.teamId,
        weekday: collaborationBlock.weekday,
        start: collaborationBlock.startMinute,
        end: collaborationBlock.endMinute,
      })
      .from(collaborationBlock)
      .where(sql`${collaborationBlock.teamId} in (${params.teams})`),
    tx
      .select({
        teamId: supportMeeting.teamId,
        startsAt: supportMeeting.startsAt,
        endsAt: supportMeeting.endsAt,
        startedAt: supportMeeting.startedAt,
        heldMinutes: supportMeeting.heldMinutes,
      })
      .from(supportMeeting)
      .where(
        and(
          sql`${supportMeeting.teamId} in (${params.teams})`,
          eq(supportMeeting.status, "closed"),
          gte(supportMeeting.startsAt, params.from),
          lte(supportMeeting.startsAt, params.to),
        ),
      ),
    tx
      .select({ timeZone: district.timeZone })
      .from(district)
      .where(eq(district.id, sql`current_setting('app.district_id')::uuid`)),
  ]);
  const timeZone = place[0]?.timeZone ?? "UTC";
  // One team at a time, with its own blocks: the rule looks for each meeting's blocks among the
  // blocks it is given, so a district's 72,000 meetings against all 2,000 teams' blocks took
  // seconds.
  const blocksByTeam = groupBy(
    blocks.map((block) => ({ ...block, weekday: block.weekday as Weekday })),
    (block) => block.teamId,
  );
  return [...groupBy(meetings, (meeting) => meeting.teamId)].flatMap(([teamId, held]) =>
    teamBlockUse(held, blocksByTeam.get(teamId) ?? [], timeZone),
  );
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}
