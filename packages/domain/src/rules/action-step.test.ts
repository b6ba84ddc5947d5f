import { describe, expect, it } from "vitest";
import { isStepCompleteWithEvidence, type StepEvidenceFacts } from "./action-step.ts";

const complete: StepEvidenceFacts = {
  status: "done",
  evidenceUrl: "https://drive.example.org/lesson-plan",
  reflection: "The exit tickets showed most students could state the essential question.",
};

describe("isStepCompleteWithEvidence", () => {
  it.each<[string, Partial<StepEvidenceFacts>, boolean]>([
    ["done, with evidence and a reflection", {}, true],
    ["still in progress", { status: "in_progress" }, false],
    ["planned", { status: "planned" }, false],
    ["stuck", { status: "stuck" }, false],
    ["done without evidence", { evidenceUrl: null }, false],
    ["done without a reflection", { reflection: null }, false],
    ["done with a blank reflection", { reflection: "   " }, false],
    ["done with blank evidence", { evidenceUrl: " " }, false],
    ["done with evidence in words only", { evidenceUrl: null, evidenceText: "Exit tickets" }, true],
    ["done with blank words only", { evidenceUrl: null, evidenceText: "  " }, false],
    ["done with an uploaded file only", { evidenceUrl: null, evidenceFileCount: 1 }, true],
    ["done with no files and no link", { evidenceUrl: null, evidenceFileCount: 0 }, false],
  ])("%s → %s", (_name, overrides, expected) => {
    expect(isStepCompleteWithEvidence({ ...complete, ...overrides })).toBe(expected);
  });
});
