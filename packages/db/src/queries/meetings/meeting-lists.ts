import type {
  CoachMeeting,
  MemberAgendaItem,
  MemberMeeting,
  PastMeeting,
} from "@throughline/domain/meeting-schedule";
import {
  type MeetingDisplayState,
  meetingDisplayState,
} from "@throughline/domain/rules/meeting-held";
import { and, asc, eq, gt, inArray, lt, ne, or, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { meetingAgendaItem, supportMeeting, team, teamMember } from "../../schema/index.ts";
import { childCount } from "../sql/child-count.ts";
import { meetingHeldAt } from "../sql/meeting-held-at.ts";
import { teamOfMeeting } from "../sql/same-district-joins.ts";
import { agendaItemColumns } from "./meeting-columns.ts";

/* Lists of meetings: the coach's (teams they run) and a member's (teams they belong to). */

const coachMeetingColumns = {
  id: supportMeeting.id,
  teamId: supportMeeting.teamId,
  teamName: team.name,
  title: supportMeeting.title,
  startsAt: supportMeeting.startsAt,
  endsAt: supportMeeting.endsAt,
  location: supportMeeting.location,
  videoUrl: supportMeeting.videoUrl,
  status: supportMeeting.status,
  seriesId: supportMeeting.seriesId,
  startedAt: supportMeeting.startedAt,
  closedAt: supportMeeting.closedAt,
  agendaSteps: childCount(meetingAgendaItem, meetingAgendaItem.meetingId, supportMeeting),
  agendaMinutes: sql<number>`(select coalesce(sum(${meetingAgendaItem.minutes}), 0)::int
    from ${meetingAgendaItem}
    where ${meetingAgendaItem.districtId} = ${supportMeeting.districtId}
      and ${meetingAgendaItem.meetingId} = ${supportMeeting.id})`,
};

function meetingsWithTeam(tx: Transaction) {
  return tx.select(coachMeetingColumns).from(supportMeeting).innerJoin(team, teamOfMeeting);
}

/** When it happened, for ordering: the day it was held, else the day it is scheduled for. */
const happenedAt = meetingHeldAt();

/** (postgres.js does not serialize a bare Date inside raw SQL, so the instant travels as text.) */
function happenedSince(from: Date) {
  return sql`${happenedAt} >= ${from.toISOString()}::timestamptz`;
}

/**
 * The given teams' meetings, placed by the display rule: upcoming (scheduled or running, starting
 * before `upcomingUntil`), soonest first; recent (held, or past and not held, since
 * `recentFrom`), latest first. A closed meeting is recent whatever time it was scheduled for.
 */
export async function coachMeetings(
  tx: Transaction,
  params: { teamIds: string[]; now: Date; upcomingUntil: Date; recentFrom: Date },
): Promise<{ upcoming: CoachMeeting[]; recent: CoachMeeting[] }> {
  if (params.teamIds.length === 0) return { upcoming: [], recent: [] };
  const rows = await meetingsWithTeam(tx)
    .where(
      and(
        inArray(supportMeeting.teamId, params.teamIds),
        ne(supportMeeting.status, "cancelled"),
        lt(supportMeeting.startsAt, params.upcomingUntil),
        happenedSince(params.recentFrom),
      ),
    )
    .orderBy(asc(supportMeeting.startsAt));
  const placed = rows.map(({ startedAt, closedAt, ...row }) => ({
    ...row,
    display: meetingDisplayState({ ...row, startedAt, closedAt }, params.now),
  }));
  return {
    upcoming: placed.filter((row) => row.display.section === "upcoming"),
    recent: placed
      .filter((row) => row.display.section === "past")
      .sort((a, b) => happenedTime(b) - happenedTime(a)),
  };
}

function happenedTime(row: { startsAt: Date; display: MeetingDisplayState }): number {
  return (row.display.state === "held" ? row.display.heldAt : row.startsAt).getTime();
}

/** Teams the person is on or facilitates. */
function teamOfPerson(personId: string) {
  return or(
    eq(team.facilitatorId, personId),
    sql`exists (select 1 from ${teamMember}
      where ${teamMember.districtId} = ${team.districtId}
        and ${teamMember.teamId} = ${team.id}
        and ${teamMember.personId} = ${personId})`,
  );
}

/**
 * The person's upcoming meetings with their agendas (cancelled ones too, so people see what
 * is off) and their recently closed meetings, for the summary.
 */
export async function memberMeetings(
  tx: Transaction,
  params: { personId: string; now: Date; upcomingUntil: Date; pastFrom: Date },
): Promise<{ upcoming: MemberMeeting[]; past: PastMeeting[] }> {
  const rows = await meetingsWithTeam(tx)
    .where(
      and(
        teamOfPerson(params.personId),
        lt(supportMeeting.startsAt, params.upcomingUntil),
        or(gt(supportMeeting.endsAt, params.now), happenedSince(params.pastFrom)),
      ),
    )
    .orderBy(asc(supportMeeting.startsAt));
  const placed = rows.map((row) => ({ ...row, display: meetingDisplayState(row, params.now) }));
  // Upcoming shows cancelled ones too, so people see what is off; past shows held meetings.
  const upcomingRows = placed.filter((row) => row.display.section === "upcoming");
  const items = await agendasOf(
    tx,
    upcomingRows.map((row) => row.id),
  );
  return {
    upcoming: upcomingRows.map((row) => ({
      id: row.id,
      teamName: row.teamName,
      title: row.title,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      location: row.location,
      videoUrl: row.videoUrl,
      status: row.status,
      repeats: row.seriesId !== null,
      agenda: items.get(row.id) ?? [],
      display: row.display,
    })),
    past: placed
      .filter((row) => row.display.state === "held")
      .sort((a, b) => happenedTime(b) - happenedTime(a))
      .map((row) => ({
        id: row.id,
        title: row.title,
        teamName: row.teamName,
        startsAt: row.startsAt,
        display: row.display,
      })),
  };
}

async function agendasOf(
  tx: Transaction,
  meetingIds: string[],
): Promise<Map<string, MemberAgendaItem[]>> {
  const byMeeting = new Map<string, MemberAgendaItem[]>();
  if (meetingIds.length === 0) return byMeeting;
  const rows = await tx
    .select({ meetingId: meetingAgendaItem.meetingId, ...agendaItemColumns })
    .from(meetingAgendaItem)
    .where(inArray(meetingAgendaItem.meetingId, meetingIds))
    .orderBy(asc(meetingAgendaItem.position));
  for (const { meetingId, ...item } of rows) {
    const list = byMeeting.get(meetingId) ?? [];
    list.push(item);
    byMeeting.set(meetingId, list);
  }
  return byMeeting;
}
