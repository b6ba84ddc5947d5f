import { describe, expect, test } from "vitest";
import {
  coachingContentAccess,
  coachingInteractionAccess,
  type ObservationViewer,
  observationAccess,
  type TeacherOwnedViewer,
} from "./observation-access.ts";

const coaching = { kind: "coaching", status: "published", sharedWithLeaders: false } as const;
const walkthrough = { kind: "walkthrough", status: "published", sharedWithLeaders: false } as const;

describe("observationAccess", () => {
  test.each<[string, Parameters<typeof observationAccess>[0], ObservationViewer, string]>([
    ["the observer sees their draft", { ...coaching, status: "draft" }, "observer", "content"],
    ["the teacher does not see a draft", { ...coaching, status: "draft" }, "teacher", "none"],
    ["a leader does not know of a draft", { ...walkthrough, status: "draft" }, "leader", "none"],
    ["the teacher sees a published coaching observation", coaching, "teacher", "content"],
    ["a supporting coach sees it", coaching, "supporting_coach", "content"],
    ["a principal sees only that coaching happened", coaching, "leader", "facts"],
    [
      "…unless the teacher shared it",
      { ...coaching, sharedWithLeaders: true },
      "leader",
      "content",
    ],
    ["anyone else sees nothing", coaching, "other", "none"],
    ["a principal sees walkthroughs", walkthrough, "leader", "content"],
    ["the teacher sees their walkthrough", walkthrough, "teacher", "content"],
    ["coaches do not see walkthroughs (evaluation)", walkthrough, "supporting_coach", "none"],
    ["others see no walkthrough", walkthrough, "other", "none"],
  ])("%s", (_name, observation, viewer, expected) => {
    expect(observationAccess(observation, viewer)).toBe(expected);
  });
});

describe("coachingContentAccess (a teacher's own coaching content, e.g. a self-assessment)", () => {
  test.each<[TeacherOwnedViewer, boolean, string]>([
    ["teacher", false, "content"],
    ["teacher", true, "content"],
    ["supporting_coach", false, "content"],
    ["supporting_coach", true, "content"],
    ["leader", false, "facts"],
    ["leader", true, "content"],
    ["other", false, "none"],
    ["other", true, "none"],
  ])("%s, shared %s: %s", (viewer, shared, expected) => {
    expect(coachingContentAccess(viewer, shared)).toBe(expected);
  });

  test.each<TeacherOwnedViewer>(["teacher", "supporting_coach", "leader", "other"])(
    "agrees with a published coaching observation for %s",
    (viewer) => {
      for (const shared of [false, true]) {
        expect(coachingContentAccess(viewer, shared)).toBe(
          observationAccess({ ...coaching, sharedWithLeaders: shared }, viewer),
        );
      }
    },
  );
});

describe("coachingInteractionAccess (a logged coaching interaction)", () => {
  test.each<[ObservationViewer, string]>([
    ["observer", "content"], // the coach who logged it
    ["teacher", "content"],
    ["supporting_coach", "content"],
    ["leader", "facts"], // a principal knows it happened, never the note
    ["other", "none"],
  ])("%s: %s", (viewer, expected) => {
    expect(coachingInteractionAccess(viewer)).toBe(expected);
  });

  test.each<ObservationViewer>(["observer", "teacher", "supporting_coach", "leader", "other"])(
    "is an unshared published coaching observation's rule for %s",
    (viewer) => {
      expect(coachingInteractionAccess(viewer)).toBe(observationAccess(coaching, viewer));
    },
  );
});
