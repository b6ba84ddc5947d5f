import { sql } from "drizzle-orm";
import { index, pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { attendanceEnum } from "./enums.ts";
import { person } from "./person.ts";
import { supportMeeting } from "./support-meeting.ts";

export const meetingAttendance = pgTable(
  "meeting_attendance",
  {
    ...tenantColumns(),
    meetingId: uuid().notNull(),
    personId: uuid().notNull(),
    attendance: attendanceEnum().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "meeting_attendance_meeting_fk",
      t.districtId,
      t.meetingId,
      supportMeeting,
    ).onDelete("cascade"),
    ...tenantChildOf("meeting_attendance_person", t.districtId, t.personId, person),
    unique("meeting_attendance_meeting_person_key").on(t.districtId, t.meetingId, t.personId),
    // The meetings a person attended (caseload, stage progress): read from the index alone,
    // without visiting each of the person's attendance rows to check it.
    index("meeting_attendance_present_idx")
      .on(t.districtId, t.personId, t.meetingId)
      .where(sql`${t.attendance} = 'present'`),
  ],
);
