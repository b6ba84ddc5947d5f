import { startOfLocalWeek } from "@throughline/domain/local-time";
import { schoolSummaryText, type TeamWeek } from "@throughline/domain/notification-text";
import { asc, eq, gte, lt, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  collaborationBlock,
  roleMembership,
  school,
  supportMeeting,
  team,
} from "../../schema/index.ts";
import { notify } from "../notifications/notify.ts";
import { sameDistrict, schoolOfTeam } from "../sql/same-district-joins.ts";
import type { ReminderContext } from "./reminder-context.ts";
import { alreadyTold } from "./reminders-sent.ts";

/**
 * Principals: per team of their school(s) (every school when the role has none), the support
 * meetings held of those scheduled last week (Monday to Sunday, local), and the minutes of the
 * team's protected collaboration blocks against the minutes its meetings held in them. Counts
 * only: the summary says nothing about what was discussed.
 */
export async function sendSchoolSummaries(
  tx: Transaction,
  context: ReminderContext,
  dedupeKey: string,
): Promise<number> {
  const thisWeek = startOfLocalWeek(context.now, context.timeZone);
  const lastWeek = startOfLocalWeek(
    new Date(thisWeek.getTime() - 12 * 3_600_000),
    context.timeZone,
  );
  const [principals, weeks] = await Promise.all([
    tx
      .select({ personId: roleMembership.personId, schoolId: roleMembership.schoolId })
      .from(roleMembership)
      .where(eq(roleMembership.role, "principal")),
    tx
      .select({
        teamId: team.id,
        teamName: team.name,
        schoolId: team.schoolId,
        schoolName: school.name,
        scheduled: sql<number>`count(${supportMeeting.id})`.mapWith(Number),
        held: sql<number>`count(${supportMeeting.id}) filter (where ${supportMeeting.status} = 'closed')`.mapWith(
          Number,
        ),
        collaborationMinutesUsed: sql<number>`coalesce(sum(${supportMeeting.heldMinutes}) filter (
            where ${supportMeeting.status} = 'closed' and ${supportMeeting.collaborationBlockId} is not null
          ), 0)`.mapWith(Number),
        // A subquery, so the meetings joined above do not multiply the blocks' minutes.
        collaborationMinutes:
          sql<number>`(select coalesce(sum(${collaborationBlock.endMinute} - ${collaborationBlock.startMinute}), 0)
            from ${collaborationBlock}
            where ${collaborationBlock.districtId} = ${team.districtId}
              and ${collaborationBlock.teamId} = ${team.id})`.mapWith(Number),
      })
      .from(team)
      .innerJoin(school, schoolOfTeam)
      .leftJoin(
        supportMeeting,
        sameDistrict(
          supportMeeting,
          team,
          eq(supportMeeting.teamId, team.id),
          ne(supportMeeting.status, "cancelled"),
          gte(supportMeeting.startsAt, lastWeek),
          lt(supportMeeting.startsAt, thisWeek),
        ),
      )
      .groupBy(team.districtId, team.id, team.name, team.schoolId, school.name)
      .orderBy(asc(school.name), asc(team.name)),
  ]);
  const schoolsOf = new Map<string, Set<string> | "all">();
  for (const row of principals) {
    const held = schoolsOf.get(row.personId);
    if (row.schoolId === null || held === "all") schoolsOf.set(row.personId, "all");
    else schoolsOf.set(row.personId, new Set([...(held ?? []), row.schoolId]));
  }
  const told = await alreadyTold(tx, [dedupeKey]);
  let written = 0;
  for (const [personId, schools] of schoolsOf) {
    if (told(personId, dedupeKey)) continue;
    const teams = weeks.filter((row) => schools === "all" || schools.has(row.schoolId));
    if (teams.length === 0) continue;
    written += await notify(
      tx,
      context.districtId,
      {
        recipientIds: [personId],
        kind: "school_summary",
        ...schoolSummaryText(teams satisfies TeamWeek[]),
        link: { app: "admin", path: "/" },
        dedupeKey,
      },
      context.now,
    );
  }
  return written;
}
