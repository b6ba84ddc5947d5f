import { describe, expect, it } from "vitest";
import type { CatalogueSearchInput, RegistrationStatus } from "./catalogue.ts";
import {
  holdsSeat,
  matchesCatalogueSearch,
  mayTakeElective,
  placeForRegistration,
  promotionsFor,
} from "./catalogue-rules.ts";

const session = {
  kind: "session" as const,
  title: "Pre-Teaching Vocabulary Before the Lesson",
  summary: "Choose the three words students need and teach them the day before.",
  minutes: 15,
  indicators: [{ id: "i-14", code: "1.4", title: "Teaches key vocabulary explicitly" }],
  gradeBands: ["k_2" as const, "3_5" as const],
  subjects: ["ela" as const],
};
const untagged = { ...session, gradeBands: [], subjects: [] };

describe("matchesCatalogueSearch", () => {
  it.each<[string, CatalogueSearchInput, boolean]>([
    ["no filter", {}, true],
    ["its kind", { kind: "session" }, true],
    ["another kind", { kind: "workshop" }, false],
    ["long enough", { maxMinutes: 15 }, true],
    ["too long", { maxMinutes: 14 }, false],
    ["its indicator", { indicatorId: "i-14" }, true],
    ["another indicator", { indicatorId: "i-21" }, false],
    ["its grade band", { gradeBand: "3_5" }, true],
    ["another grade band", { gradeBand: "9_12" }, false],
    ["its subject", { subject: "ela" }, true],
    ["another subject", { subject: "math" }, false],
    ["words in the title and an indicator, any case", { text: "VOCABULARY explicitly" }, true],
    ["an indicator's code", { text: "1.4" }, true],
    ["a word it lacks", { text: "vocabulary geometry" }, false],
    [
      "every filter at once",
      { gradeBand: "k_2", subject: "ela", maxMinutes: 20, kind: "session" },
      true,
    ],
  ])("%s", (_, search, expected) => {
    expect(matchesCatalogueSearch(session, search)).toBe(expected);
  });

  it("ignores accents in the search and the item", () => {
    expect(matchesCatalogueSearch({ ...session, title: "Café talk" }, { text: "cafe" })).toBe(true);
  });

  it("counts an item tagged with no grade band or subject as suiting every one", () => {
    expect(matchesCatalogueSearch(untagged, { gradeBand: "9_12", subject: "math" })).toBe(true);
  });
});

describe("placeForRegistration", () => {
  it("gives a seat while one is free, then the end of the waitlist", () => {
    expect(placeForRegistration({ seatLimit: 2, seatsTaken: 1, waitlistLength: 0 })).toEqual({
      status: "registered",
      waitlistPosition: null,
    });
    expect(placeForRegistration({ seatLimit: 2, seatsTaken: 2, waitlistLength: 3 })).toEqual({
      status: "waitlisted",
      waitlistPosition: 4,
    });
  });
});

describe("promotionsFor", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 15, minute));
  const waitlist = [
    { id: "c", waitlistPosition: 3, registeredAt: at(3) },
    { id: "a", waitlistPosition: 1, registeredAt: at(1) },
    { id: "b", waitlistPosition: 2, registeredAt: at(2) },
  ];

  it("promotes the first come, as many as seats freed", () => {
    expect(promotionsFor(waitlist, 1).map((row) => row.id)).toEqual(["a"]);
    expect(promotionsFor(waitlist, 2).map((row) => row.id)).toEqual(["a", "b"]);
    expect(promotionsFor(waitlist, 9).map((row) => row.id)).toEqual(["a", "b", "c"]);
  });

  it("promotes no one when no seat is free", () => {
    expect(promotionsFor(waitlist, 0)).toEqual([]);
    expect(promotionsFor(waitlist, -1)).toEqual([]);
  });

  it("breaks a tie of places by who registered first", () => {
    const tied = [
      { id: "late", waitlistPosition: 1, registeredAt: at(9) },
      { id: "early", waitlistPosition: 1, registeredAt: at(4) },
    ];
    expect(promotionsFor(tied, 1).map((row) => row.id)).toEqual(["early"]);
  });
});

describe("seats and electives", () => {
  it("counts registered and attended teachers as holding a seat", () => {
    const statuses: RegistrationStatus[] = ["registered", "attended", "waitlisted", "cancelled"];
    expect(statuses.map(holdsSeat)).toEqual([true, true, false, false]);
  });

  it("lets any active teacher take an elective, and no one take a session that is not", () => {
    expect(mayTakeElective({ elective: true, activeTeacher: true })).toBe(true);
    expect(mayTakeElective({ elective: false, activeTeacher: true })).toBe(false);
    expect(mayTakeElective({ elective: true, activeTeacher: false })).toBe(false);
  });
});
