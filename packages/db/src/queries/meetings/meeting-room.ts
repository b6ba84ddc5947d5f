import type {
  AgendaItem,
  Commitment,
  MeetingMember,
  MeetingRoom,
} from "@throughline/domain/meeting-room";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionStep,
  meetingAgendaItem,
  meetingAttendance,
  meetingPrivateNote,
  person,
  protocol,
  supportMeeting,
  team,
  teamMember,
} from "../../schema/index.ts";
import {
  notesEditorOfAgendaItem,
  personOfTeamMember,
  planOfStep,
  sameDistrict,
  teamOfMeeting,
  tenantJoin,
} from "../sql/same-district-joins.ts";
import { commitmentColumns, commitmentOwner, ownerOfPlan } from "./commitment-columns.ts";
import { listCheckIns } from "./commitments.ts";
import { agendaItemColumns, meetingColumns } from "./meeting-columns.ts";

/* What the meeting room and the summary read: the meeting, its agenda, members, commitments. */

export type MeetingFacts = MeetingRoom["meeting"];

export async function loadMeetingFacts(
  tx: Transaction,
  params: { meetingId: string },
): Promise<MeetingFacts | null> {
  const [row] = await tx
    .select({
      ...meetingColumns,
      teamId: supportMeeting.teamId,
      startedAt: supportMeeting.startedAt,
      closedAt: supportMeeting.closedAt,
      heldMinutes: supportMeeting.heldMinutes,
      activeItemId: supportMeeting.activeItemId,
      activeItemStartedAt: supportMeeting.activeItemStartedAt,
    })
    .from(supportMeeting)
    .innerJoin(team, teamOfMeeting)
    .where(eq(supportMeeting.id, params.meetingId))
    .limit(1);
  return row ?? null;
}

/** The agenda in order, with the shared notes and who last saved them. */
export async function listAgenda(
  tx: Transaction,
  params: { meetingId: string },
): Promise<AgendaItem[]> {
  return tx
    .select({
      ...agendaItemColumns,
      protocolName: protocol.name,
      notes: meetingAgendaItem.notes,
      notesVersion: meetingAgendaItem.notesVersion,
      notesUpdatedByName: person.displayName,
      notesUpdatedAt: meetingAgendaItem.notesUpdatedAt,
    })
    .from(meetingAgendaItem)
    .leftJoin(protocol, tenantJoin(protocol, meetingAgendaItem, meetingAgendaItem.protocolId))
    .leftJoin(person, notesEditorOfAgendaItem)
    .where(eq(meetingAgendaItem.meetingId, params.meetingId))
    .orderBy(asc(meetingAgendaItem.position));
}

/** The team's current members, each with what was marked for them at this meeting. */
export async function listMembersWithAttendance(
  tx: Transaction,
  params: { meetingId: string; teamId: string },
): Promise<MeetingMember[]> {
  return tx
    .select({
      personId: person.id,
      displayName: person.displayName,
      attendance: meetingAttendance.attendance,
    })
    .from(teamMember)
    .innerJoin(person, personOfTeamMember)
    .leftJoin(
      meetingAttendance,
      sameDistrict(
        meetingAttendance,
        teamMember,
        eq(meetingAttendance.personId, teamMember.personId),
        eq(meetingAttendance.meetingId, params.meetingId),
      ),
    )
    .where(eq(teamMember.teamId, params.teamId))
    .orderBy(asc(person.displayName));
}

/** The steps people committed to at this meeting, in the order they were made. */
export async function listCommitments(
  tx: Transaction,
  params: { meetingId: string },
): Promise<Commitment[]> {
  return tx
    .select(commitmentColumns)
    .from(actionStep)
    .innerJoin(actionPlan, planOfStep)
    .innerJoin(commitmentOwner, ownerOfPlan)
    .where(eq(actionStep.fromMeetingId, params.meetingId))
    .orderBy(asc(actionStep.createdAt), asc(commitmentOwner.displayName));
}

/** The facilitator's private note; an empty one at version 0 before anything is written. */
export async function loadPrivateNote(
  tx: Transaction,
  params: { meetingId: string },
): Promise<{ body: string; version: number }> {
  const [row] = await tx
    .select({ body: meetingPrivateNote.body, version: meetingPrivateNote.version })
    .from(meetingPrivateNote)
    .where(eq(meetingPrivateNote.meetingId, params.meetingId))
    .limit(1);
  return row ?? { body: "", version: 0 };
}

/** Everything a runner sees. Only call it for people who may run the meeting. */
export async function loadMeetingRoom(
  tx: Transaction,
  params: { meetingId: string },
): Promise<MeetingRoom | null> {
  const meeting = await loadMeetingFacts(tx, params);
  if (!meeting) return null;
  const [agenda, members, commitments, checkIns, privateNote] = await Promise.all([
    listAgenda(tx, params),
    listMembersWithAttendance(tx, { meetingId: meeting.id, teamId: meeting.teamId }),
    listCommitments(tx, params),
    listCheckIns(tx, { meetingId: meeting.id, teamId: meeting.teamId, startsAt: meeting.startsAt }),
    loadPrivateNote(tx, params),
  ]);
  return { meeting, canRun: true, agenda, members, commitments, checkIns, privateNote };
}

/** Whether the person is on the team now (commitments and attendance are for members only). */
export async function isTeamMember(
  tx: Transaction,
  params: { teamId: string; personId: string },
): Promise<boolean> {
  const [row] = await tx
    .select({ one: sql<number>`1` })
    .from(teamMember)
    .where(and(eq(teamMember.teamId, params.teamId), eq(teamMember.personId, params.personId)))
    .limit(1);
  return row !== undefined;
}
