import { describe, expect, it } from "vitest";
import {
  behindOnMicroPd,
  type CaseloadFlag,
  caseloadFlags,
  type MeetingFacts,
  type MicroPdPaceFacts,
  noRecentMeeting,
  notObservedRecently,
  type ObservationFacts,
  overdueOrStuckSteps,
  readyForReview,
  type StepFacts,
} from "./caseload-flags.ts";

const now = new Date("2026-11-25T12:00:00Z");
function daysAgo(days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}

const selfPaced: MicroPdPaceFacts = {
  releaseMode: "self_paced",
  enrolledAt: daysAgo(35),
  sessionsTotal: 10,
  sessionsCompleted: 5,
  releasedNotCompleted: 0,
};
const dated: MicroPdPaceFacts = { ...selfPaced, releaseMode: "dated" };

describe("behindOnMicroPd", () => {
  it.each<[string, MicroPdPaceFacts | null, string | null]>([
    ["not enrolled", null, null],
    ["self-paced, on pace (5 weeks, 5 done)", selfPaced, null],
    ["self-paced, one short is slack", { ...selfPaced, sessionsCompleted: 4 }, null],
    [
      "self-paced, two short",
      { ...selfPaced, sessionsCompleted: 3 },
      "2 sessions behind the cohort's pace",
    ],
    ["self-paced, ahead of pace", { ...selfPaced, sessionsCompleted: 9 }, null],
    ["self-paced, enrolled today", { ...selfPaced, enrolledAt: now, sessionsCompleted: 0 }, null],
    [
      "self-paced, 13 days in: one week counts, nothing expected beyond it",
      { ...selfPaced, enrolledAt: daysAgo(13), sessionsCompleted: 0 },
      null,
    ],
    [
      "self-paced, exactly 14 days in: two sessions expected",
      { ...selfPaced, enrolledAt: daysAgo(14), sessionsCompleted: 0 },
      "2 sessions behind the cohort's pace",
    ],
    [
      "self-paced, pace capped at the stage's sessions",
      { ...selfPaced, enrolledAt: daysAgo(700), sessionsCompleted: 7 },
      "3 sessions behind the cohort's pace",
    ],
    [
      "self-paced, all done long ago",
      { ...selfPaced, enrolledAt: daysAgo(700), sessionsCompleted: 10 },
      null,
    ],
    ["dated, nothing released and not done", dated, null],
    [
      "dated, one released session not done",
      { ...dated, releasedNotCompleted: 1 },
      "1 session behind the cohort's pace",
    ],
    [
      "dated, three released sessions not done",
      { ...dated, releasedNotCompleted: 3 },
      "3 sessions behind the cohort's pace",
    ],
    [
      "dated ignores the weekly pace",
      { ...dated, enrolledAt: daysAgo(700), sessionsCompleted: 0 },
      null,
    ],
  ])("%s", (_name, facts, reason) => {
    const flag = behindOnMicroPd(facts, now);
    expect(flag?.reason ?? null).toBe(reason);
    if (flag) expect(flag.kind).toBe("behind_on_micropd");
  });
});

describe("overdueOrStuckSteps", () => {
  const today = "2026-11-25";
  it.each<[string, StepFacts[], string | null]>([
    ["no steps", [], null],
    ["planned with no date", [{ status: "planned", dueOn: null }], null],
    ["due today is not overdue", [{ status: "in_progress", dueOn: "2026-11-25" }], null],
    ["due yesterday is overdue", [{ status: "planned", dueOn: "2026-11-24" }], "1 step overdue"],
    ["done late is not overdue", [{ status: "done", dueOn: "2026-01-01" }], null],
    [
      "two stuck",
      [
        { status: "stuck", dueOn: null },
        { status: "stuck", dueOn: "2027-01-01" },
      ],
      "2 steps stuck",
    ],
    [
      "stuck and past its date counts once",
      [{ status: "stuck", dueOn: "2026-11-01" }],
      "1 step stuck",
    ],
    [
      "stuck and overdue together",
      [
        { status: "stuck", dueOn: null },
        { status: "planned", dueOn: "2026-11-01" },
        { status: "in_progress", dueOn: "2025-12-31" },
      ],
      "1 step stuck · 2 steps overdue",
    ],
  ])("%s", (_name, steps, reason) => {
    expect(overdueOrStuckSteps(steps, today)?.reason ?? null).toBe(reason);
  });
});

describe("noRecentMeeting", () => {
  it.each<[string, MeetingFacts, string | null]>([
    ["not enrolled", { enrolledAt: null, lastAttendedAt: null }, null],
    [
      "enrolled 20 days ago, no meeting yet",
      { enrolledAt: daysAgo(20), lastAttendedAt: null },
      null,
    ],
    [
      "enrolled exactly 21 days ago, no meeting yet",
      { enrolledAt: daysAgo(21), lastAttendedAt: null },
      "No support meeting attended yet",
    ],
    ["met 3 days ago", { enrolledAt: daysAgo(90), lastAttendedAt: daysAgo(3) }, null],
    ["met exactly 21 days ago", { enrolledAt: daysAgo(90), lastAttendedAt: daysAgo(21) }, null],
    [
      "met 22 days ago",
      { enrolledAt: daysAgo(90), lastAttendedAt: daysAgo(22) },
      "No support meeting in 22 days",
    ],
    [
      "met 34 days ago",
      { enrolledAt: daysAgo(90), lastAttendedAt: daysAgo(34) },
      "No support meeting in 34 days",
    ],
  ])("%s", (_name, facts, reason) => {
    expect(noRecentMeeting(facts, now)?.reason ?? null).toBe(reason);
  });
});

describe("readyForReview", () => {
  it.each([
    [null, null],
    ["not_started", null],
    ["in_progress", null],
    ["complete", null],
    ["ready_for_review", "Ready for stage review"],
  ] as const)("%s", (status, reason) => {
    expect(readyForReview(status)?.reason ?? null).toBe(reason);
  });
});

describe("notObservedRecently", () => {
  it.each<[string, ObservationFacts, string | null]>([
    ["not enrolled", { enrolledAt: null, lastObservedOn: null }, null],
    [
      "enrolled 44 days ago, never observed",
      { enrolledAt: daysAgo(44), lastObservedOn: null },
      null,
    ],
    [
      "enrolled 45 days ago, never observed",
      { enrolledAt: daysAgo(45), lastObservedOn: null },
      "Not observed yet",
    ],
    ["observed 45 days ago", { enrolledAt: daysAgo(90), lastObservedOn: "2026-10-11" }, null],
    [
      "observed 46 days ago",
      { enrolledAt: daysAgo(90), lastObservedOn: "2026-10-10" },
      "Not observed in 46 days",
    ],
    ["observed today", { enrolledAt: daysAgo(90), lastObservedOn: "2026-11-25" }, null],
  ])("%s", (_name, facts, reason) => {
    const flag = notObservedRecently(facts, now);
    expect(flag?.reason ?? null).toBe(reason);
    if (flag) expect(flag.kind).toBe("not_observed_recently");
  });

  it("comes last in the list, and only when observations were gathered", () => {
    const base = {
      micropd: null,
      steps: [],
      meetings: { enrolledAt: null, lastAttendedAt: null },
      status: "ready_for_review" as const,
    };
    const observations = { enrolledAt: daysAgo(90), lastObservedOn: null };
    expect(caseloadFlags({ ...base, observations }, now).map((flag) => flag.kind)).toEqual([
      "ready_for_review",
      "not_observed_recently",
    ]);
    expect(caseloadFlags(base, now).map((flag) => flag.kind)).toEqual(["ready_for_review"]);
  });
});

describe("caseloadFlags", () => {
  it("gives no flags to someone who is not enrolled", () => {
    expect(
      caseloadFlags(
        {
          micropd: null,
          steps: [],
          meetings: { enrolledAt: null, lastAttendedAt: null },
          status: null,
        },
        now,
      ),
    ).toEqual([]);
  });

  it("lists every flag that applies, in a fixed order", () => {
    const flags = caseloadFlags(
      {
        micropd: { ...dated, releasedNotCompleted: 2 },
        steps: [{ status: "stuck", dueOn: null }],
        meetings: { enrolledAt: daysAgo(60), lastAttendedAt: daysAgo(40) },
        status: "ready_for_review",
      },
      now,
    );
    expect(flags).toEqual<CaseloadFlag[]>([
      { kind: "behind_on_micropd", reason: "2 sessions behind the cohort's pace" },
      { kind: "overdue_or_stuck_steps", reason: "1 step stuck" },
      { kind: "no_recent_meeting", reason: "No support meeting in 40 days" },
      { kind: "ready_for_review", reason: "Ready for stage review" },
    ]);
  });

  it("takes today's date from now for overdue steps", () => {
    const flags = caseloadFlags(
      {
        micropd: null,
        steps: [{ status: "planned", dueOn: "2026-11-24" }],
        meetings: { enrolledAt: null, lastAttendedAt: null },
        status: null,
      },
      now,
    );
    expect(flags.map((flag) => flag.kind)).toEqual(["overdue_or_stuck_steps"]);
  });
});
