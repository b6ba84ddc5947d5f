import { describe, expect, it } from "vitest";
import { type ObservationDraftContent, sameObservationDraft } from "./same-observation-draft.ts";

const notedAt = new Date("2026-10-06T09:15:00.000Z");
const draft: ObservationDraftContent = {
  observedOn: "2026-10-06",
  classLabel: "Grade 1 · Reading",
  durationMinutes: 30,
  ratings: [
    { indicatorId: "a", levelRank: 2, lookFors: "Pairs restate" },
    { indicatorId: "b", levelRank: null, lookFors: "" },
  ],
  notes: [{ id: "n1", notedAt, body: "Students restate the question" }],
};

describe("sameObservationDraft", () => {
  it("sees the same content in another row order, with times as text and blanks stored as null", () => {
    const stored: ObservationDraftContent = {
      ...draft,
      ratings: [
        { indicatorId: "b", levelRank: null, lookFors: null },
        { indicatorId: "a", levelRank: 2, lookFors: "Pairs restate " },
      ],
      notes: [{ id: "n1", notedAt: notedAt.toISOString(), body: "Students restate the question" }],
    };
    expect(sameObservationDraft(draft, stored)).toBe(true);
  });

  it("tells a changed level, look-for, note or class apart", () => {
    const [first, second] = draft.ratings;
    if (!first || !second) throw new Error("two ratings expected");
    expect(
      sameObservationDraft(draft, { ...draft, ratings: [{ ...first, levelRank: 3 }, second] }),
    ).toBe(false);
    expect(
      sameObservationDraft(draft, { ...draft, ratings: [first, { ...second, lookFors: "New" }] }),
    ).toBe(false);
    expect(sameObservationDraft(draft, { ...draft, notes: [] })).toBe(false);
    expect(sameObservationDraft(draft, { ...draft, classLabel: "Grade 2" })).toBe(false);
  });
});
