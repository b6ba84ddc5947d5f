import { describe, expect, it } from "vitest";
import { whatRemains } from "./stage-remaining.ts";
import type { StageProgressFacts } from "./stage-status.ts";

const done: StageProgressFacts = {
  workshopAttended: true,
  sessionsTotal: 10,
  sessionsCompleted: 10,
  meetingsRequired: 3,
  meetingsAttended: 3,
  hasCompletedActionStep: true,
  requiresConfirmation: false,
  confirmed: false,
};

describe("whatRemains", () => {
  it.each<[string, Partial<StageProgressFacts>, string[]]>([
    ["nothing when every requirement is met", {}, []],
    ["the workshop", { workshopAttended: false }, ["the introductory workshop"]],
    ["the sessions left", { sessionsCompleted: 7 }, ["3 MicroPD sessions"]],
    ["one session, in the singular", { sessionsCompleted: 9 }, ["1 MicroPD session"]],
    ["the meetings left", { meetingsAttended: 2 }, ["1 support meeting"]],
    ["more meetings than asked count as none left", { meetingsAttended: 5 }, []],
    [
      "the action step",
      { hasCompletedActionStep: false },
      ["an action-plan step done, with evidence and a reflection"],
    ],
    [
      "everything, in the order a teacher meets it",
      {
        workshopAttended: false,
        sessionsCompleted: 7,
        meetingsAttended: 2,
        hasCompletedActionStep: false,
      },
      [
        "the introductory workshop",
        "3 MicroPD sessions",
        "1 support meeting",
        "an action-plan step done, with evidence and a reflection",
      ],
    ],
    [
      "the coach's confirmation once all else is done",
      { requiresConfirmation: true },
      ["your coach's confirmation"],
    ],
    ["nothing once confirmed", { requiresConfirmation: true, confirmed: true }, []],
    [
      "not the confirmation while work remains",
      { requiresConfirmation: true, sessionsCompleted: 9 },
      ["1 MicroPD session"],
    ],
  ])("lists %s", (_name, facts, expected) => {
    expect(whatRemains({ ...done, ...facts }).map((item) => item.text)).toEqual(expected);
  });

  it("counts what is left", () => {
    expect(whatRemains({ ...done, sessionsCompleted: 4, meetingsAttended: 0 })).toEqual([
      { kind: "sessions", count: 6, text: "6 MicroPD sessions" },
      { kind: "meetings", count: 3, text: "3 support meetings" },
    ]);
  });
});
