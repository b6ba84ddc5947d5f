import type { SchedulableTeam } from "@throughline/domain/meeting-schedule";
import { and, asc, eq, gte, inArray, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  meetingAgendaItem,
  meetingSeries,
  school,
  supportMeeting,
  team,
  teamMember,
} from "../../schema/index.ts";
import { teamVisibleTo } from "../caseload/coached-teams.ts";
import { childCount } from "../sql/child-count.ts";
import { schoolOfTeam } from "../sql/same-district-joins.ts";
import { mayRun, teamRelation } from "./meeting-access.ts";

/* Scheduling support meetings: who may schedule for which team, and writing the meetings. */

/**
 * Teams the person may schedule for. teamVisibleTo narrows the candidates (it includes the teams
 * they facilitate); the meeting-access rule then decides, so there is one rule, not two.
 */
export async function schedulableTeams(
  tx: Transaction,
  params: { personId: string },
): Promise<SchedulableTeam[]> {
  const candidates = await tx
    .select({
      id: team.id,
      name: team.name,
      schoolName: school.name,
      memberCount: childCount(teamMember, teamMember.teamId, team),
    })
    .from(team)
    .innerJoin(school, schoolOfTeam)
    .where(teamVisibleTo(params.personId))
    .orderBy(asc(school.name), asc(team.name));
  const allowed: SchedulableTeam[] = [];
  for (const candidate of candidates) {
    const relation = await teamRelation(tx, { personId: params.personId, teamId: candidate.id });
    if (mayRun(relation)) allowed.push(candidate);
  }
  return allowed;
}

/** A protocol step as an agenda copies it. */
export interface AgendaStepCopy {
  protocolId: string;
  title: string;
  purpose: string;
  minutes: number;
  prompts: string[];
}

export async function insertSeries(
  tx: Transaction,
  params: {
    districtId: string;
    teamId: string;
    rrule: string;
    timeZone: string;
    firstStartsAt: Date;
    durationMinutes: number;
    createdById: string;
  },
): Promise<string> {
  const [created] = await tx
    .insert(meetingSeries)
    .values(params)
    .returning({ id: meetingSeries.id });
  if (!created) throw new Error("The series was not added.");
  return created.id;
}

/**
 * One meeting per occurrence, each with its own copy of the agenda (positions 1..n in the
 * given order), so notes taken in one meeting never land in another. Two multi-row inserts.
 */
export async function insertMeetings(
  tx: Transaction,
  params: {
    districtId: string;
    teamId: string;
    seriesId: string | null;
    title: string;
    location: string | null;
    videoUrl: string | null;
    occurrences: { startsAt: Date; endsAt: Date }[];
    agenda: AgendaStepCopy[];
    collaborationBlockId?: string | null;
  },
): Promise<string[]> {
  const created = await tx
    .insert(supportMeeting)
    .values(
      params.occurrences.map((occurrence) => ({
        districtId: params.districtId,
        teamId: params.teamId,
        seriesId: params.seriesId,
        title: params.title,
        location: params.location,
        videoUrl: params.videoUrl,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        collaborationBlockId: params.collaborationBlockId ?? null,
      })),
    )
    .returning({ id: supportMeeting.id, startsAt: supportMeeting.startsAt });
  const ordered = created.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  await tx.insert(meetingAgendaItem).values(
    ordered.flatMap((meeting) =>
      params.agenda.map((step, index) => ({
        districtId: params.districtId,
        meetingId: meeting.id,
        position: index + 1,
        ...step,
      })),
    ),
  );
  return ordered.map((meeting) => meeting.id);
}

/**
 * Moves a meeting, or with `following` it and every later still-scheduled meeting of its series
 * by the same shift (each keeps its own day, moved as this one was). Calendars see the change
 * through the bumped sequence. Returns the ids moved.
 */
export async function rescheduleMeeting(
  tx: Transaction,
  params: {
    id: string;
    startsAt: Date;
    endsAt: Date;
    location: string | null;
    videoUrl: string | null;
    title?: string | undefined;
    following: { seriesId: string; fromStartsAt: Date } | null;
  },
): Promise<string[]> {
  const shiftMs = params.following
    ? params.startsAt.getTime() - params.following.fromStartsAt.getTime()
    : 0;
  const lengthMs = params.endsAt.getTime() - params.startsAt.getTime();
  const which = meetingOrFollowing(params.id, params.following);
  const moved = await tx
    .update(supportMeeting)
    .set({
      startsAt: params.following
        ? sql`${supportMeeting.startsAt} + make_interval(secs => ${shiftMs / 1000})`
        : params.startsAt,
      endsAt: params.following
        ? sql`${supportMeeting.startsAt} + make_interval(secs => ${(shiftMs + lengthMs) / 1000})`
        : params.endsAt,
      location: params.location,
      videoUrl: params.videoUrl,
      ...(params.title === undefined ? {} : { title: params.title }),
      sequence: sql`${supportMeeting.sequence} + 1`,
    })
    .where(and(which, eq(supportMeeting.status, "scheduled")))
    .returning({ id: supportMeeting.id });
  return moved.map((row) => row.id);
}

/**
 * Gives each of the (still scheduled) meetings a fresh copy of the agenda in place of its old
 * one: nothing has been noted on a meeting that has not started.
 */
export async function replaceAgendas(
  tx: Transaction,
  params: { districtId: string; meetingIds: string[]; agenda: AgendaStepCopy[] },
): Promise<void> {
  if (params.meetingIds.length === 0) return;
  await tx.delete(meetingAgendaItem).where(inArray(meetingAgendaItem.meetingId, params.meetingIds));
  await tx.insert(meetingAgendaItem).values(
    params.meetingIds.flatMap((meetingId) =>
      params.agenda.map((step, index) => ({
        districtId: params.districtId,
        meetingId,
        position: index + 1,
        ...step,
      })),
    ),
  );
}

/** The meeting, or with `following` every meeting of its series from `fromStartsAt` on. */
function meetingOrFollowing(
  meetingId: string,
  following: { seriesId: string; fromStartsAt: Date } | null,
): SQL | undefined {
  return following
    ? and(
        eq(supportMeeting.seriesId, following.seriesId),
        gte(supportMeeting.startsAt, following.fromStartsAt),
      )
    : eq(supportMeeting.id, meetingId);
}

/**
 * Cancels the meeting, or with `seriesId` it and every later still-scheduled meeting of the
 * series. Returns the ids cancelled.
 */
export async function cancelMeetings(
  tx: Transaction,
  params: { meetingId: string; following: { seriesId: string; fromStartsAt: Date } | null },
): Promise<string[]> {
  const which = meetingOrFollowing(params.meetingId, params.following);
  const cancelled = await tx
    .update(supportMeeting)
    .set({ status: "cancelled", sequence: sql`${supportMeeting.sequence} + 1` })
    .where(and(which, eq(supportMeeting.status, "scheduled")))
    .returning({ id: supportMeeting.id });
  return cancelled.map((row) => row.id);
}
