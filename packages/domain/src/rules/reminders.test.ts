import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { MicroPdPaceFacts } from "./caseload-flags.ts";
import {
  type CommitmentFacts,
  commitmentReminderDue,
  isHoliday,
  type MeetingReminderFacts,
  meetingRemindersDue,
  microPdNudgeDue,
  weeklySummaryDue,
  workshopReminderDue,
} from "./reminders.ts";

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
// Wednesday 25 November 2026, 12:00 in Chicago (UTC-6).
const now = new Date("2026-11-25T18:00:00Z");
const zone = "America/Chicago";
const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);

function meeting(offsetMs: number, status: MeetingReminderFacts["status"] = "scheduled") {
  return { meetingId: "m1", startsAt: at(offsetMs), status };
}

describe("meetingRemindersDue", () => {
  it.each([
    ["a meeting tomorrow gets the day-before reminder", day - 30 * minute, [1440]],
    ["exactly a day ahead is inside the window", day, [1440]],
    ["a day and a minute ahead is too early", day + minute, []],
    ["within the hour only the hour-before reminder", 40 * minute, [60]],
    ["exactly an hour ahead gets the hour-before reminder", hour, [60]],
    ["a meeting that has started gets nothing", 0, []],
    ["a meeting in the past gets nothing", -hour, []],
  ])("%s", (_name, offset, leads) => {
    const due = meetingRemindersDue([meeting(offset)], [1440, 60], now);
    expect(due.map((row) => row.leadMinutes)).toEqual(leads);
  });

  it("names each lead in the dedupe key", () => {
    expect(meetingRemindersDue([meeting(hour)], [60, 1440], now)).toEqual([
      { meetingId: "m1", leadMinutes: 60, dedupeKey: "meeting-reminder:m1:60" },
    ]);
  });

  it.each(["cancelled", "closed", "in_progress"] as const)(
    "a %s meeting is never reminded",
    (status) => {
      expect(meetingRemindersDue([meeting(hour, status)], [1440, 60], now)).toEqual([]);
    },
  );

  it("never reminds a meeting that has started, and always uses a lead whose window holds it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2 * day, max: 8 * day }),
        fc.uniqueArray(fc.integer({ min: 5, max: 7 * 24 * 60 }), { minLength: 1, maxLength: 3 }),
        (offset, leads) => {
          const due = meetingRemindersDue([meeting(offset)], leads, now);
          if (offset <= 0) return due.length === 0;
          return due.every(
            (row) =>
              offset <= row.leadMinutes * minute &&
              leads.every((lead) => lead >= row.leadMinutes || offset > lead * minute),
          );
        },
      ),
    );
  });
});

describe("commitmentReminderDue", () => {
  const step: CommitmentFacts = {
    stepId: "s1",
    status: "planned",
    dueOn: "2026-11-27",
    fromMeetingId: "m1",
  };
  it.each([
    ["due in two days", { dueOn: "2026-11-27" }, "soon"],
    ["due today", { dueOn: "2026-11-25" }, "soon"],
    ["due in three days", { dueOn: "2026-11-28" }, null],
    ["due yesterday", { dueOn: "2026-11-24" }, "overdue"],
    ["overdue but done", { dueOn: "2026-11-24", status: "done" }, null],
    ["stuck and overdue", { dueOn: "2026-11-24", status: "stuck" }, "overdue"],
    ["not from a meeting", { fromMeetingId: null }, null],
    ["without a due date", { dueOn: null }, null],
  ] as const)("%s", (_name, change, expected) => {
    const due = commitmentReminderDue({ ...step, ...change }, "2026-11-25");
    expect(due?.when ?? null).toBe(expected);
    if (due) expect(due.dedupeKey).toBe(`commitment-due:s1:${expected}`);
  });
});

describe("microPdNudgeDue", () => {
  const behind: MicroPdPaceFacts = {
    releaseMode: "self_paced",
    enrolledAt: at(-42 * day),
    sessionsTotal: 10,
    sessionsCompleted: 2,
    releasedNotCompleted: 0,
  };
  const context = { now, timeZone: zone, holidays: [] };

  it("nudges a teacher behind the pace and idle for a week, keyed by the ISO week", () => {
    expect(microPdNudgeDue({ pace: behind, lastActivityAt: at(-8 * day) }, context)).toEqual({
      dedupeKey: "micropd-nudge:2026-W48",
      reason: "4 sessions behind the cohort's pace",
    });
  });

  it.each([
    ["active six days ago", { pace: behind, lastActivityAt: at(-6 * day) }],
    ["on pace", { pace: { ...behind, sessionsCompleted: 6 }, lastActivityAt: at(-8 * day) }],
    ["not enrolled", { pace: null, lastActivityAt: null }],
    [
      "enrolled five days ago and never started",
      {
        pace: {
          ...behind,
          releaseMode: "dated" as const,
          enrolledAt: at(-5 * day),
          releasedNotCompleted: 2,
        },
        lastActivityAt: null,
      },
    ],
  ])("does not nudge a teacher %s", (_name, facts) => {
    expect(microPdNudgeDue(facts, context)).toBeNull();
  });

  it("never nudges during a school break, first and last day included", () => {
    const facts = { pace: behind, lastActivityAt: null };
    for (const holiday of [
      { startsOn: "2026-11-25", endsOn: "2026-11-27" },
      { startsOn: "2026-11-23", endsOn: "2026-11-25" },
    ]) {
      expect(microPdNudgeDue(facts, { ...context, holidays: [holiday] })).toBeNull();
    }
    expect(
      microPdNudgeDue(facts, {
        ...context,
        holidays: [{ startsOn: "2026-11-26", endsOn: "2026-11-30" }],
      }),
    ).not.toBeNull();
  });

  it("uses the district's day for the break: late evening in Chicago is still that day", () => {
    // 23:30 in Chicago on Nov 24 is already Nov 25 in UTC.
    const late = new Date("2026-11-25T05:30:00Z");
    expect(isHoliday("2026-11-24", [{ startsOn: "2026-11-24", endsOn: "2026-11-24" }])).toBe(true);
    expect(
      microPdNudgeDue(
        { pace: behind, lastActivityAt: null },
        { now: late, timeZone: zone, holidays: [{ startsOn: "2026-11-24", endsOn: "2026-11-24" }] },
      ),
    ).toBeNull();
  });
});

describe("workshopReminderDue", () => {
  it.each([
    ["in two days", 2 * day, true],
    ["in an hour", hour, true],
    ["in two days and a minute", 2 * day + minute, false],
    ["already started", -minute, false],
  ])("a workshop %s", (_name, offset, expected) => {
    const due = workshopReminderDue({ cohortId: "c1", workshopStartsAt: at(offset) }, now);
    expect(due).toEqual(expected ? { dedupeKey: "workshop:c1" } : null);
  });

  it("a cohort without a workshop date gets nothing", () => {
    expect(workshopReminderDue({ cohortId: "c1", workshopStartsAt: null }, now)).toBeNull();
  });
});

describe("weeklySummaryDue", () => {
  it.each([
    ["Monday 07:00 in Chicago", "2026-11-30T13:00:00Z", "2026-W49"],
    ["Monday 16:00 in Chicago", "2026-11-30T22:00:00Z", "2026-W49"],
    ["Monday 06:59 in Chicago", "2026-11-30T12:59:00Z", null],
    ["Sunday 23:00 in Chicago (Monday in UTC)", "2026-11-30T05:00:00Z", null],
    ["Tuesday 08:00 in Chicago", "2026-12-01T14:00:00Z", null],
    ["the first Monday of 2027 (ISO week 1)", "2027-01-04T14:00:00Z", "2027-W01"],
    ["Monday 28 Dec 2026 (ISO week 53)", "2026-12-28T14:00:00Z", "2026-W53"],
  ])("%s", (_name, iso, week) => {
    const due = weeklySummaryDue(new Date(iso), zone);
    expect(due?.week ?? null).toBe(week);
    if (due) {
      expect(due.caseloadKey).toBe(`caseload-summary:${week}`);
      expect(due.schoolKey).toBe(`school-summary:${week}`);
    }
  });
});
