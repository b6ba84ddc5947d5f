import { describe, expect, it } from "vitest";
import {
  type Attendance,
  attendanceSchema,
  type MeetingStatus,
  meetingStatusSchema,
} from "../enums.ts";
import { countAttended, wasAttended } from "./meeting-attended.ts";

/* Every status a meeting can have against every attendance mark: only held and present counts. */

const table: [MeetingStatus, Attendance, boolean][] = [
  ["closed", "present", true],
  ["closed", "absent", false],
  ["closed", "excused", false],
  // Marked present in a room still open, or at a meeting that never closed: not held, not counted.
  ["in_progress", "present", false],
  ["in_progress", "absent", false],
  ["in_progress", "excused", false],
  ["scheduled", "present", false],
  ["scheduled", "absent", false],
  ["scheduled", "excused", false],
  ["cancelled", "present", false],
  ["cancelled", "absent", false],
  ["cancelled", "excused", false],
];

describe("wasAttended", () => {
  it("has a row for every status and every mark", () => {
    const pairs = new Set(table.map(([status, attendance]) => `${status}:${attendance}`));
    expect(pairs.size).toBe(meetingStatusSchema.options.length * attendanceSchema.options.length);
  });

  it.each(table)("a %s meeting, marked %s: %s", (status, attendance, expected) => {
    expect(wasAttended({ status, attendance })).toBe(expected);
  });
});

describe("countAttended", () => {
  it("counts only the held meetings she was present at", () => {
    expect(
      countAttended([
        { status: "closed", attendance: "present" },
        { status: "closed", attendance: "absent" },
        { status: "in_progress", attendance: "present" },
        { status: "closed", attendance: "present" },
        { status: "cancelled", attendance: "present" },
      ]),
    ).toBe(2);
    expect(countAttended([])).toBe(0);
  });
});
