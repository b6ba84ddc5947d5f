import { describe, expect, it } from "vitest";
import { afterLessonDueOn, afterLessonReminderDue } from "./after-lesson.ts";

const step = {
  stepId: "step-1",
  status: "planned" as const,
  dueOn: afterLessonDueOn("2026-11-02"),
  addedOn: "2026-11-02",
};

describe("afterLessonReminderDue", () => {
  it.each([
    ["2026-11-02", null],
    ["2026-11-03", null],
    ["2026-11-04", "ready"],
    ["2026-11-09", "ready"],
    ["2026-11-10", "overdue"],
  ])("on %s says %s", (today, when) => {
    expect(afterLessonReminderDue(step, today)?.when ?? null).toBe(when);
  });

  it("never reminds of a done step", () => {
    expect(afterLessonReminderDue({ ...step, status: "done" }, "2026-11-20")).toBeNull();
  });

  it("keys each reminder by step and moment, so each is written once", () => {
    expect(afterLessonReminderDue(step, "2026-11-04")?.dedupeKey).toBe("after-lesson:step-1:ready");
    expect(afterLessonReminderDue(step, "2026-11-11")?.dedupeKey).toBe(
      "after-lesson:step-1:overdue",
    );
  });
});
