import { describe, expect, test } from "vitest";
import { type DigestCandidate, groupDailyDigests } from "./daily-digest.ts";

const zone = "America/Chicago";
const maria = "00000000-0000-4000-8000-000000000001";
const ben = "00000000-0000-4000-8000-000000000002";

function item(id: string, recipientId: string, at: string): DigestCandidate {
  return {
    id,
    recipientId,
    kind: "coach_comment",
    title: `Comment ${id}`,
    body: "…",
    link: { app: "teacher", path: "/action-plan" },
    createdAt: new Date(at),
  };
}

/** One expected digest: whose, for which local day, when it may go, and its items' ids. */
function digest(recipientId: string, day: string, sendAfter: string, ids: string[]) {
  return { recipientId, day, sendAfter, ids };
}

function grouped(candidates: DigestCandidate[], now: string, quietHours = new Map()) {
  return groupDailyDigests(candidates, { timeZone: zone, now: new Date(now), quietHours }).map(
    (group) => ({
      recipientId: group.recipientId,
      day: group.day,
      sendAfter: group.sendAfter.toISOString(),
      ids: group.items.map((entry) => entry.id),
    }),
  );
}

// Chicago is UTC-6 in November: Wednesday 2026-11-25 runs from 06:00Z to 06:00Z the next day.
const wednesday = [
  item("c", maria, "2026-11-25T22:00:00Z"),
  item("a", maria, "2026-11-25T15:00:00Z"),
  item("b", maria, "2026-11-25T18:30:00Z"),
];

describe("groupDailyDigests", () => {
  test.each([
    {
      name: "a day's events make one digest, oldest first, at 07:00 the next day",
      candidates: wednesday,
      now: "2026-11-26T13:00:00Z",
      expected: [digest(maria, "2026-11-25", "2026-11-26T13:00:00.000Z", ["a", "b", "c"])],
    },
    {
      name: "the day's items wait while the day lasts and before 07:00",
      candidates: wednesday,
      now: "2026-11-26T12:59:59Z",
      expected: [],
    },
    {
      name: "two days make two digests",
      candidates: [...wednesday, item("d", maria, "2026-11-26T15:00:00Z")],
      now: "2026-11-27T14:00:00Z",
      expected: [
        digest(maria, "2026-11-25", "2026-11-26T13:00:00.000Z", ["a", "b", "c"]),
        digest(maria, "2026-11-26", "2026-11-27T13:00:00.000Z", ["d"]),
      ],
    },
    {
      name: "today's items wait while yesterday's go",
      candidates: [
        item("old", maria, "2026-11-25T15:00:00Z"),
        item("new", maria, "2026-11-26T14:00:00Z"),
      ],
      now: "2026-11-26T15:00:00Z",
      expected: [digest(maria, "2026-11-25", "2026-11-26T13:00:00.000Z", ["old"])],
    },
    {
      name: "a late-evening item belongs to its local day, not the UTC one",
      candidates: [item("late", maria, "2026-11-26T05:30:00Z")],
      now: "2026-11-26T13:00:00Z",
      expected: [digest(maria, "2026-11-25", "2026-11-26T13:00:00.000Z", ["late"])],
    },
    {
      name: "each person gets their own digest",
      candidates: [
        item("m", maria, "2026-11-25T15:00:00Z"),
        item("b", ben, "2026-11-25T16:00:00Z"),
      ],
      now: "2026-11-26T13:00:00Z",
      expected: [
        digest(maria, "2026-11-25", "2026-11-26T13:00:00.000Z", ["m"]),
        digest(ben, "2026-11-25", "2026-11-26T13:00:00.000Z", ["b"]),
      ].sort((a, b) => a.recipientId.localeCompare(b.recipientId)),
    },
    {
      name: "Friday's digest waits for Monday 07:00 when weekends are quiet",
      candidates: [item("f", maria, "2026-11-27T15:00:00Z")],
      now: "2026-11-28T13:00:00Z",
      expected: [],
    },
    {
      name: "Friday's digest goes Monday 07:00",
      candidates: [item("f", maria, "2026-11-27T15:00:00Z")],
      now: "2026-11-30T13:00:00Z",
      expected: [digest(maria, "2026-11-27", "2026-11-30T13:00:00.000Z", ["f"])],
    },
    {
      name: "the last day of a month rolls over to the first of the next",
      candidates: [item("m", maria, "2026-09-30T15:00:00Z")],
      now: "2026-10-01T12:00:00Z",
      expected: [digest(maria, "2026-09-30", "2026-10-01T12:00:00.000Z", ["m"])],
    },
  ])("$name", ({ candidates, now, expected }) => {
    expect(grouped(candidates, now)).toEqual(expected);
  });

  test("someone who allows weekend email gets Friday's digest on Saturday morning", () => {
    const quietHours = new Map([[maria, { emailEvenings: false, emailWeekends: true }]]);
    expect(
      grouped([item("f", maria, "2026-11-27T15:00:00Z")], "2026-11-28T13:00:00Z", quietHours),
    ).toEqual([digest(maria, "2026-11-27", "2026-11-28T13:00:00.000Z", ["f"])]);
  });
});
