import type { Attendance, MeetingStatus } from "../enums.ts";

/*
 * What "a support meeting attended" means wherever it is counted: the transcript's meeting
 * lines, a teacher's dashboard figure and the record's summary. A meeting is attended when it
 * was held (closed) and the teacher was marked present; being absent, excused, or on the roll of
 * a meeting that never closed does not count.
 */
export function wasAttended(meeting: { status: MeetingStatus; attendance: Attendance }): boolean {
  return meeting.status === "closed" && meeting.attendance === "present";
}

/** How many of a teacher's meetings she attended, by `wasAttended`. */
export function countAttended(
  meetings: readonly { status: MeetingStatus; attendance: Attendance }[],
): number {
  return meetings.filter(wasAttended).length;
}
