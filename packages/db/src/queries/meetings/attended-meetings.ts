import { eq, type SQL } from "drizzle-orm";
import { meetingAttendance, supportMeeting } from "../../schema/index.ts";

/**
 * The meetings a person was present at that were held to the end (closed): what counts as
 * their PD time and what they are asked for feedback on. Needs the attendance joined to its
 * meeting (`meetingOfAttendance`); spread into the query's `and(...)`.
 */
export function presentAtClosedMeeting(personId: string): SQL[] {
  return [
    eq(meetingAttendance.personId, personId),
    eq(meetingAttendance.attendance, "present"),
    eq(supportMeeting.status, "closed"),
  ];
}
