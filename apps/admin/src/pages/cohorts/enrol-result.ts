import type { EnrolResult } from "./types.ts";

function teachers(count: number): string {
  return count === 1 ? "1 teacher" : `${count} teachers`;
}

/** "Enrolled 6 teachers. 1 was already in this cohort." — every count that is not zero. */
export function describeEnrolResult(result: EnrolResult): string {
  const added = result.enrolled + result.reactivated;
  const parts = [`Enrolled ${teachers(added)}.`];
  if (result.reactivated > 0) {
    parts.push(
      `${teachers(result.reactivated)} withdrawn before ${result.reactivated === 1 ? "is" : "are"} back.`,
    );
  }
  if (result.alreadyEnrolled > 0) {
    parts.push(`${teachers(result.alreadyEnrolled)} already in this cohort.`);
  }
  if (result.inOtherCohort > 0) {
    parts.push(
      `${teachers(result.inOtherCohort)} in another cohort of this stage, so not enrolled here.`,
    );
  }
  if (result.overridden > 0) {
    parts.push(`${teachers(result.overridden)} enrolled by your override of the stage order.`);
  }
  if (result.heldBack.length > 0) {
    parts.push(
      `${teachers(result.heldBack.length)} held back (not enrolled, not told): earlier stages not complete.`,
    );
  }
  return parts.join(" ");
}
