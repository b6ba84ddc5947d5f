import { describe, expect, it } from "vitest";
import {
  assignmentProblem,
  type MentoringPart,
  type MentoringViewer,
  mentoringAccess,
  mentoringWrite,
} from "./mentoring-access.ts";
import { coachingInteractionAccess } from "./rules/observation-access.ts";

const viewers: MentoringViewer[] = ["mentor", "mentee", "leader", "other"];

describe("mentoringAccess", () => {
  it.each<[MentoringViewer, MentoringPart, string]>([
    ["mentor", "conversation", "content"],
    ["mentee", "conversation", "content"],
    ["leader", "conversation", "facts"],
    ["other", "conversation", "none"],
    ["mentor", "private_notes", "content"],
    ["mentee", "private_notes", "none"],
    ["leader", "private_notes", "none"],
    ["other", "private_notes", "none"],
    ["mentor", "checklist", "content"],
    ["mentee", "checklist", "content"],
    ["leader", "checklist", "content"],
    ["other", "checklist", "none"],
  ])("%s reads %s: %s", (viewer, part, expected) => {
    expect(mentoringAccess(viewer, part)).toBe(expected);
  });

  it("reads the conversation log by the coaching rule: mentor as the coach, mentee as the teacher", () => {
    expect(mentoringAccess("mentor", "conversation")).toBe(coachingInteractionAccess("observer"));
    expect(mentoringAccess("mentee", "conversation")).toBe(coachingInteractionAccess("teacher"));
    expect(mentoringAccess("leader", "conversation")).toBe(coachingInteractionAccess("leader"));
    expect(mentoringAccess("other", "conversation")).toBe(coachingInteractionAccess("other"));
  });

  it("never lets anyone but the mentor read private notes, whatever they may read of the log", () => {
    for (const viewer of viewers.filter((v) => v !== "mentor")) {
      expect(mentoringAccess(viewer, "private_notes")).toBe("none");
    }
  });
});

describe("mentoringWrite", () => {
  it.each<[MentoringViewer, MentoringPart, boolean]>([
    ["mentor", "conversation", true],
    ["mentee", "conversation", false],
    ["leader", "conversation", false],
    ["other", "conversation", false],
    ["mentor", "private_notes", true],
    ["mentee", "private_notes", false],
    ["leader", "private_notes", false],
    ["mentor", "checklist", true],
    ["mentee", "checklist", true],
    ["leader", "checklist", false],
    ["other", "checklist", false],
  ])("%s writes %s: %s", (viewer, part, expected) => {
    expect(mentoringWrite(viewer, part)).toBe(expected);
  });

  it("lets nobody write what they may not read", () => {
    const parts: MentoringPart[] = ["conversation", "private_notes", "checklist"];
    for (const viewer of viewers) {
      for (const part of parts) {
        if (mentoringWrite(viewer, part)) expect(mentoringAccess(viewer, part)).toBe("content");
      }
    }
  });
});

describe("assignmentProblem", () => {
  const mentor = { id: "m", active: true, teachesOrCoaches: true };
  const mentee = { id: "n", active: true, teaches: true, activeMentorId: null };

  it("accepts an active teacher or coach mentoring an active teacher without a mentor", () => {
    expect(assignmentProblem(mentor, mentee)).toBeNull();
  });

  it.each([
    ["an inactive mentee", mentor, { ...mentee, active: false }, "menteeId"],
    ["a mentee who does not teach", mentor, { ...mentee, teaches: false }, "menteeId"],
    ["a mentee who has a mentor", mentor, { ...mentee, activeMentorId: "x" }, "menteeId"],
    ["an inactive mentor", { ...mentor, active: false }, mentee, "mentorId"],
    [
      "a mentor who neither teaches nor coaches",
      { ...mentor, teachesOrCoaches: false },
      mentee,
      "mentorId",
    ],
    ["a teacher mentoring themselves", { ...mentor, id: "n" }, mentee, "mentorId"],
  ])("refuses %s, naming the field", (_, who, whom, field) => {
    expect(assignmentProblem(who, whom)?.field).toBe(field);
  });

  it("says a mentee with a mentor must have that assignment ended first", () => {
    expect(assignmentProblem(mentor, { ...mentee, activeMentorId: "x" })?.message).toMatch(
      /already has a mentor/,
    );
  });
});
