import { describe, expect, it } from "vitest";
import {
  minutesToHours,
  type PdActivity,
  type PdHoursTotals,
  pdActivitiesIn,
  pdHoursTotals,
  pdHoursTotalsFor,
} from "./transcript.ts";

type Row = Pick<PdActivity, "kind" | "minutes" | "schoolYear">;
const row = (kind: Row["kind"], minutes: number, schoolYear = "2026-27"): Row => ({
  kind,
  minutes,
  schoolYear,
});

/** Totals of one year written out by hand: [workshop, micropd, meeting] minutes and hours. */
function totals(
  schoolYear: string,
  [workshop, micropd, meeting]: [number, number, number],
  [workshopHours, micropdHours, meetingHours, totalHours]: [number, number, number, number],
): PdHoursTotals {
  return {
    schoolYear,
    byKind: {
      workshop: { minutes: workshop, hours: workshopHours },
      micropd: { minutes: micropd, hours: micropdHours },
      support_meeting: { minutes: meeting, hours: meetingHours },
      micro_credential: { minutes: 0, hours: 0 },
      coaching: { minutes: 0, hours: 0 },
    },
    total: { minutes: workshop + micropd + meeting, hours: totalHours },
  };
}

describe("minutesToHours", () => {
  it.each([
    [0, 0],
    [6, 0.1],
    [45, 0.8],
    [60, 1],
    [90, 1.5],
    [100, 1.7],
    [180, 3],
    [2, 0],
    [3, 0.1],
  ])("%i minutes → %f hours", (minutes, hours) => {
    expect(minutesToHours(minutes)).toBe(hours);
  });
});

describe("pdHoursTotals", () => {
  it.each<[string, Row[], PdHoursTotals[]]>([
    ["no activity at all", [], []],
    ["one workshop", [row("workshop", 180)], [totals("2026-27", [180, 0, 0], [3, 0, 0, 3])]],
    [
      "each kind adds up on its own and in the total",
      [
        row("workshop", 180),
        row("micropd", 12),
        row("micropd", 15),
        row("support_meeting", 45),
        row("support_meeting", 45),
      ],
      // Lines of 3.0, 0.2, 0.3, 0.8 and 0.8 h.
      [totals("2026-27", [180, 27, 90], [3, 0.5, 1.6, 5.1])],
    ],
    [
      "the total is the sum of the lines' hours as shown, so the lines add up to it",
      // 20 min = 0.3 h each: the lines read 0.9 h together, and so does the total (not 1.0).
      [row("workshop", 20), row("micropd", 20), row("support_meeting", 20)],
      [totals("2026-27", [20, 20, 20], [0.3, 0.3, 0.3, 0.9])],
    ],
    [
      "three 108-minute lines of 1.8 h make 5.4 h, not the 5.2 h their minutes round to",
      [row("support_meeting", 108), row("support_meeting", 108), row("support_meeting", 108)],
      [totals("2026-27", [0, 0, 324], [0, 0, 5.4, 5.4])],
    ],
    [
      "school years stay apart, newest first",
      [
        row("micropd", 15, "2025-26"),
        row("workshop", 180, "2026-27"),
        row("micropd", 10, "2025-26"),
      ],
      [
        totals("2026-27", [180, 0, 0], [3, 0, 0, 3]),
        // 15 min (0.3 h) and 10 min (0.2 h) lines.
        totals("2025-26", [0, 25, 0], [0, 0.5, 0, 0.5]),
      ],
    ],
    [
      "zero-minute rows still name their year",
      [row("support_meeting", 0, "2024-25")],
      [totals("2024-25", [0, 0, 0], [0, 0, 0, 0])],
    ],
  ])("%s", (_name, activities, expected) => {
    expect(pdHoursTotals(activities)).toEqual(expected);
  });

  it("gives zero totals for a year with nothing recorded", () => {
    expect(pdHoursTotalsFor([row("workshop", 180, "2025-26")], "2026-27")).toEqual(
      totals("2026-27", [0, 0, 0], [0, 0, 0, 0]),
    );
  });

  it("picks the asked year out of several", () => {
    const activities = [row("workshop", 180, "2025-26"), row("micropd", 12, "2026-27")];
    expect(pdHoursTotalsFor(activities, "2026-27")).toEqual(
      totals("2026-27", [0, 12, 0], [0, 0.2, 0, 0.2]),
    );
  });
});

describe("logged coaching on the transcript", () => {
  it("is read by the calendar day it was logged for, in any time zone", () => {
    const [line] = pdActivitiesIn(
      [
        {
          date: new Date("2026-12-01T12:00:00Z"),
          day: "2026-12-01",
          kind: "coaching",
          title: "Co-teaching with Dana",
          minutes: 45,
          schoolYear: null,
        },
      ],
      "Pacific/Kiritimati",
    );
    expect(line).toMatchObject({ day: "2026-12-01", kind: "coaching", hours: 0.8 });
    expect(pdHoursTotalsFor(line ? [line] : [], "2026-27").byKind.coaching).toEqual({
      minutes: 45,
      hours: 0.8,
    });
  });
});
