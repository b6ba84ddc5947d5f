import type { Attendance } from "@throughline/domain/enums";
import type { ProgressionOutcome } from "@throughline/domain/workshop";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { meetingAgendaItem, meetingAttendance, supportMeeting } from "../../schema/index.ts";
import { advanceIfComplete } from "../enrolments/progression.ts";
import { loadEnrolmentProgress } from "../enrolments/stage-progress.ts";

/*
 * The life of a running meeting: start, move between steps, mark attendance, close. Each
 * change is a conditional update on the status, so a second screen acting on a stale view
 * changes nothing (the caller turns "nothing changed" into a CONFLICT).
 */

/**
 * scheduled → in progress, on the first agenda step. With `movedBy`, the meeting is first moved
 * to now (its planned length kept, calendars told) and the move recorded: from which time, when
 * and by whom. False when it was not scheduled.
 */
export async function startMeeting(
  tx: Transaction,
  params: { meetingId: string; now: Date; movedBy?: string },
): Promise<boolean> {
  const [first] = await tx
    .select({ id: meetingAgendaItem.id })
    .from(meetingAgendaItem)
    .where(eq(meetingAgendaItem.meetingId, params.meetingId))
    .orderBy(meetingAgendaItem.position)
    .limit(1);
  const now = params.now.toISOString();
  const move = params.movedBy
    ? {
        startsAt: params.now,
        endsAt: sql`${now}::timestamptz + (${supportMeeting.endsAt} - ${supportMeeting.startsAt})`,
        movedFromStartsAt: sql`${supportMeeting.startsAt}`,
        movedAt: params.now,
        movedById: params.movedBy,
        sequence: sql`${supportMeeting.sequence} + 1`,
      }
    : {};
  const started = await tx
    .update(supportMeeting)
    .set({
      ...move,
      status: "in_progress",
      startedAt: params.now,
      activeItemId: first?.id ?? null,
      activeItemStartedAt: first ? params.now : null,
    })
    .where(and(eq(supportMeeting.id, params.meetingId), eq(supportMeeting.status, "scheduled")))
    .returning({ id: supportMeeting.id });
  return started.length > 0;
}

/** Whether the agenda item belongs to the meeting. */
export async function isAgendaItemOf(
  tx: Transaction,
  params: { meetingId: string; itemId: string },
): Promise<boolean> {
  const [row] = await tx
    .select({ id: meetingAgendaItem.id })
    .from(meetingAgendaItem)
    .where(
      and(
        eq(meetingAgendaItem.id, params.itemId),
        eq(meetingAgendaItem.meetingId, params.meetingId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Moves the room to a step; its timer starts again. False unless the meeting is in progress. */
export async function setActiveItem(
  tx: Transaction,
  params: { meetingId: string; itemId: string; now: Date },
): Promise<boolean> {
  const moved = await tx
    .update(supportMeeting)
    .set({ activeItemId: params.itemId, activeItemStartedAt: params.now })
    .where(and(eq(supportMeeting.id, params.meetingId), eq(supportMeeting.status, "in_progress")))
    .returning({ id: supportMeeting.id });
  return moved.length > 0;
}

/** Marks attendance, one row per person (marking again replaces the mark). */
export async function recordAttendance(
  tx: Transaction,
  params: {
    districtId: string;
    meetingId: string;
    records: { personId: string; attendance: Attendance }[];
  },
): Promise<void> {
  if (params.records.length === 0) return;
  await tx
    .insert(meetingAttendance)
    .values(
      params.records.map((record) => ({
        districtId: params.districtId,
        meetingId: params.meetingId,
        personId: record.personId,
        attendance: record.attendance,
      })),
    )
    .onConflictDoUpdate({
      target: [
        meetingAttendance.districtId,
        meetingAttendance.meetingId,
        meetingAttendance.personId,
      ],
      set: { attendance: sql`excluded.attendance` },
    });
}

/**
 * Closes a running meeting: the minutes held (what PD hours count), the calendar sequence
 * bumped, and every teacher marked present checked for a completed stage. Null unless it was
 * in progress; otherwise what happened to the path of each teacher whose stage it completed.
 */
export async function closeMeeting(
  tx: Transaction,
  params: { meetingId: string; heldMinutes: number; presentIds: string[]; now: Date },
): Promise<{ personId: string; outcome: ProgressionOutcome }[] | null> {
  const closed = await tx
    .update(supportMeeting)
    .set({
      status: "closed",
      closedAt: params.now,
      heldMinutes: params.heldMinutes,
      activeItemId: null,
      activeItemStartedAt: null,
      sequence: sql`${supportMeeting.sequence} + 1`,
    })
    .where(and(eq(supportMeeting.id, params.meetingId), eq(supportMeeting.status, "in_progress")))
    .returning({ id: supportMeeting.id });
  if (closed.length === 0) return null;
  // Attendance counts toward the stage-status rule: a meeting can be what completes a stage.
  const progress = await loadEnrolmentProgress(tx, {
    personIds: params.presentIds,
    now: params.now,
  });
  // Only a stage this meeting completed can open the next one; the rest need no second look.
  const outcomes: { personId: string; outcome: ProgressionOutcome }[] = [];
  for (const row of progress.filter((each) => each.status === "complete")) {
    const outcome = await advanceIfComplete(tx, {
      personId: row.personId,
      stageId: row.stage.id,
      now: params.now,
    });
    outcomes.push({ personId: row.personId, outcome });
  }
  return outcomes;
}
