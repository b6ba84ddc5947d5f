import type { Weekday } from "@throughline/domain/rules/common-time";
import { teamBlockUse } from "@throughline/domain/rules/school-week";
import { and, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { collaborationBlock, district, supportMeeting } from "../schema/index.ts";

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
  return teamBlockUse(
    meetings,
    blocks.map((block) => ({ ...block, weekday: block.weekday as Weekday })),
    timeZone,
  );
}
