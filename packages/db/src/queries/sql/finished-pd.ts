import { eq, isNotNull, type Placeholder, type SQL, sql } from "drizzle-orm";
import {
  enrolment,
  meetingAttendance,
  micropdProgress,
  supportMeeting,
} from "../../schema/index.ts";

/*
 * The PD a teacher finished, one kind per select: the MicroPD sessions she completed, the
 * workshops she attended, the support meetings held to the end that she was present at. Her PD
 * hours (the transcript), the pulse's right to ask and the home's "how was it?" list read the
 * same rows: these are the conditions that pick the person's finished rows of each kind, to
 * spread into the query's `and(...)` beside its own. Fixed values are written into the text, not
 * bound, so a prepared statement's generic plan can use the partial indexes on them
 * (`meeting_attendance_present_idx`).
 */

/** The person, as a value or as a prepared statement's placeholder. */
type PersonId = string | Placeholder;

/** The sessions the person completed; needs the progress joined to its session (`sessionOfProgress`). */
export function completedSessionOf(personId: PersonId): SQL[] {
  return [eq(micropdProgress.personId, personId), isNotNull(micropdProgress.completedAt)];
}

/** The cohorts whose workshop the person attended; needs only the enrolment. */
export function attendedWorkshopOf(personId: PersonId): SQL[] {
  return [eq(enrolment.personId, personId), sql`${enrolment.workshopAttended}`];
}

/**
 * The meetings the person was present at that were held to the end (closed): what counts as
 * their PD time and what they are asked for feedback on. Needs the attendance joined to its meeting (`meetingOfAttendance`).
 */
export function presentAtClosedMeeting(personId: PersonId): SQL[] {
  return [
    eq(meetingAttendance.personId, personId),
    sql`${meetingAttendance.attendance} = 'present'`,
    sql`${supportMeeting.status} = 'closed'`,
  ];
}
