import type { Transaction } from "@throughline/db/client";
import { checklistProgress } from "@throughline/db/queries/mentoring/induction-checklist";
import { openAssignmentOf } from "@throughline/db/queries/mentoring/mentor-assignments";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { localDay } from "@throughline/domain/local-time";
import type { MentorAssignmentView, MentoredTeacherRow } from "@throughline/domain/mentoring";
import { TRPCError } from "@trpc/server";

/*
 * The per-row checks of the mentoring procedures: a mentor acts on the mentees they mentor now,
 * a mentee on their own checklist. Someone else's mentee and a teacher of another district are
 * refused alike, so the answer tells nothing about them.
 */

const NOT_YOUR_MENTEE = "This teacher is not one of your mentees.";

/** The open assignment in which the viewer mentors the mentee, or NOT_FOUND. */
export async function assignmentAsMentor(
  tx: Transaction,
  params: { viewerId: string; menteeId: string },
): Promise<MentorAssignmentView> {
  const open = await openAssignmentOf(tx, params.menteeId);
  if (!open || open.mentor.id !== params.viewerId) {
    throw new TRPCError({ code: "NOT_FOUND", message: NOT_YOUR_MENTEE });
  }
  return open;
}

/** The district's today, the day a tick or an assignment is dated by default. */
export async function districtToday(tx: Transaction, districtId: string): Promise<string> {
  return localDay(new Date(), await districtTimeZone(tx, districtId));
}

/** Assignments with each mentee's checklist progress. */
export async function withProgress(
  tx: Transaction,
  assignments: MentorAssignmentView[],
): Promise<MentoredTeacherRow[]> {
  const progress = await checklistProgress(
    tx,
    assignments.map((assignment) => assignment.mentee.id),
  );
  return assignments.map((assignment) => ({
    assignment,
    checklist: { done: progress.doneBy.get(assignment.mentee.id) ?? 0, total: progress.total },
  }));
}
