import { describe, expect, test } from "vitest";
import { type ObservationViewer, observationAccess } from "./observation-access.ts";

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
