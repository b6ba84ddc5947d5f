import type { Attendance, MeetingStatus } from "@throughline/domain/enums";
import { wasAttended } from "@throughline/domain/rules/meeting-attended";
import { asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  actionPlan,
  actionStep,
  commitmentCheckIn,
  evidenceFile,
  meetingAttendance,
  supportMeeting,
} from "../../schema/index.ts";
import { listPlansOf, loadPlanDetail, type PlanDetail } from "../action-plans/action-plans.ts";
import { teamRelation } from "../meetings/meeting-access.ts";
import { listAgenda, loadMeetingFacts } from "../meetings/meeting-room.ts";
import {
  meetingOfAttendance,
  planOfStep,
  stepOfEvidenceFile,
  tenantJoin,
} from "../sql/same-district-joins.ts";

/* The teacher's plans, the meetings they attended and their commitments, for their record. */

/** Every plan the teacher has, read as the plan page reads it. */
export async function loadRecordPlans(
  tx: Transaction,
  params: { personId: string },
): Promise<PlanDetail[]> {
  const plans = await listPlansOf(tx, params);
  const details = await Promise.all(plans.map((plan) => loadPlanDetail(tx, { planId: plan.id })));
  return details.filter((detail): detail is PlanDetail => detail !== null);
}

/** Where each evidence file of the teacher's plans is stored, by file id. */
export async function evidenceStorageKeys(
  tx: Transaction,
  params: { personId: string },
): Promise<Map<string, string>> {
  const rows = await tx
    .select({ id: evidenceFile.id, storageKey: evidenceFile.storageKey })
    .from(evidenceFile)
    .innerJoin(actionStep, stepOfEvidenceFile)
    .innerJoin(actionPlan, planOfStep)
    .where(eq(actionPlan.personId, params.personId));
  return new Map(rows.map((row) => [row.id, row.storageKey]));
}

export interface RecordCheckIn {
  actionStepId: string;
  meetingTitle: string;
  meetingStartsAt: Date;
  status: string;
  note: string | null;
}

/** The answers given at later meetings on the teacher's commitments, oldest first. */
export async function loadCommitmentCheckIns(
  tx: Transaction,
  params: { stepIds: string[] },
): Promise<RecordCheckIn[]> {
  if (params.stepIds.length === 0) return [];
  return tx
    .select({
      actionStepId: commitmentCheckIn.actionStepId,
      meetingTitle: supportMeeting.title,
      meetingStartsAt: supportMeeting.startsAt,
      status: commitmentCheckIn.status,
      note: commitmentCheckIn.note,
    })
    .from(commitmentCheckIn)
    .innerJoin(
      supportMeeting,
      tenantJoin(supportMeeting, commitmentCheckIn, commitmentCheckIn.meetingId),
    )
    .where(inArray(commitmentCheckIn.actionStepId, params.stepIds))
    .orderBy(asc(supportMeeting.startsAt));
}

export interface RecordMeeting {
  title: string;
  team: string;
  /** As scheduled. */
  startsAt: Date;
  endsAt: Date;
  /** When the room was opened and closed; a meeting counts on the day it was held. */
  startedAt: Date | null;
  closedAt: Date | null;
  heldMinutes: number | null;
  status: MeetingStatus;
  attendance: Attendance;
  /** Held and marked present (domain `wasAttended`): what "attended" counts everywhere. */
  attended: boolean;
  /** The agenda with the team's shared notes, as the teacher's summary page shows them. */
  agenda: { title: string; protocol: string | null; notes: string }[];
}

/**
 * The meetings the teacher's attendance was marked at, oldest first. Shared notes come only
 * for closed meetings of a team the teacher still relates to: exactly what their meeting
 * summary page would show. The facilitator's private note is never read.
 */
export async function loadRecordMeetings(
  tx: Transaction,
  params: { personId: string },
): Promise<RecordMeeting[]> {
  const rows = await tx
    .select({
      meetingId: supportMeeting.id,
      teamId: supportMeeting.teamId,
      attendance: meetingAttendance.attendance,
    })
    .from(meetingAttendance)
    .innerJoin(supportMeeting, meetingOfAttendance)
    .where(eq(meetingAttendance.personId, params.personId))
    .orderBy(asc(supportMeeting.startsAt));

  const relations = new Map<string, boolean>();
  const meetings: RecordMeeting[] = [];
  for (const row of rows) {
    const facts = await loadMeetingFacts(tx, { meetingId: row.meetingId });
    if (!facts) continue;
    let related = relations.get(row.teamId);
    if (related === undefined) {
      const relation = await teamRelation(tx, { personId: params.personId, teamId: row.teamId });
      // The summary is the team's; a principal sees only that it happened.
      related = relation !== null && relation !== "principal";
      relations.set(row.teamId, related);
    }
    const agenda = await listAgenda(tx, { meetingId: row.meetingId });
    const withNotes = related && facts.status === "closed";
    meetings.push({
      title: facts.title,
      team: facts.teamName,
      startsAt: facts.startsAt,
      endsAt: facts.endsAt,
      startedAt: facts.startedAt,
      closedAt: facts.closedAt,
      heldMinutes: facts.heldMinutes,
      status: facts.status,
      attendance: row.attendance,
      attended: wasAttended({ status: facts.status, attendance: row.attendance }),
      agenda: agenda.map((item) => ({
        title: item.title,
        protocol: item.protocolName,
        notes: withNotes ? item.notes : "",
      })),
    });
  }
  return meetings;
}
