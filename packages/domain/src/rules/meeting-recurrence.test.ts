import { describe, expect, test } from "vitest";
import {
  isKnownTimeZone,
  maxOccurrences,
  meetingOccurrences,
  recurrenceRule,
} from "./meeting-recurrence.ts";

const chicago = "America/Chicago";
// Tuesday 20 October 2026, 15:00 in Chicago (daylight time, UTC-5).
const firstTuesday = new Date("2026-10-20T20:00:00Z");

describe("recurrenceRule", () => {
  test("every other week on the first meeting's weekday", () => {
    expect(
      recurrenceRule(
        { frequency: "weekly", interval: 2, until: "2027-01-31" },
        firstTuesday,
        chicago,
      ),
    ).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270131T235959");
  });

  test("monthly on the same weekday of the month", () => {
    // 20 October is the third Tuesday.
    expect(
      recurrenceRule(
        { frequency: "monthly", interval: 1, until: "2027-06-30" },
        firstTuesday,
        chicago,
      ),
    ).toBe("FREQ=MONTHLY;INTERVAL=1;BYDAY=3TU;UNTIL=20270630T235959");
  });

  test("the weekday is the district's, not UTC's", () => {
    // 19:00 Monday in Los Angeles is already Tuesday in UTC.
    const mondayEvening = new Date("2026-10-20T02:00:00Z");
    expect(
      recurrenceRule(
        { frequency: "weekly", interval: 1, until: "2026-12-31" },
        mondayEvening,
        "America/Los_Angeles",
      ),
    ).toContain("BYDAY=MO");
  });
});

describe("meetingOccurrences", () => {
  test("every other Tuesday keeps 15:00 local across the end of daylight time", () => {
    const rrule = recurrenceRule(
      { frequency: "weekly", interval: 2, until: "2026-12-01" },
      firstTuesday,
      chicago,
    );
    const starts = meetingOccurrences({ rrule, firstStartsAt: firstTuesday, timeZone: chicago });
    expect(starts.map((d) => d.toISOString())).toEqual([
      "2026-10-20T20:00:00.000Z",
      // Daylight time ended on 1 November: 15:00 is now UTC-6.
      "2026-11-03T21:00:00.000Z",
      "2026-11-17T21:00:00.000Z",
      "2026-12-01T21:00:00.000Z",
    ]);
  });

  test("the until day is inclusive and nothing comes after it", () => {
    const rrule = recurrenceRule(
      { frequency: "weekly", interval: 1, until: "2026-10-27" },
      firstTuesday,
      chicago,
    );
    expect(
      meetingOccurrences({ rrule, firstStartsAt: firstTuesday, timeZone: chicago }),
    ).toHaveLength(2);
  });

  test("monthly on the third Tuesday", () => {
    const rrule = recurrenceRule(
      { frequency: "monthly", interval: 1, until: "2027-01-31" },
      firstTuesday,
      chicago,
    );
    const days = meetingOccurrences({ rrule, firstStartsAt: firstTuesday, timeZone: chicago }).map(
      (d) => d.toISOString().slice(0, 10),
    );
    expect(days).toEqual(["2026-10-20", "2026-11-17", "2026-12-15", "2027-01-19"]);
  });

  test("never more than the cap, and the limit is honoured", () => {
    const rrule = recurrenceRule(
      { frequency: "weekly", interval: 1, until: "2030-12-31" },
      firstTuesday,
      chicago,
    );
    expect(
      meetingOccurrences({ rrule, firstStartsAt: firstTuesday, timeZone: chicago }),
    ).toHaveLength(maxOccurrences);
    expect(
      meetingOccurrences({ rrule, firstStartsAt: firstTuesday, timeZone: chicago, limit: 3 }),
    ).toHaveLength(3);
  });
});

describe("isKnownTimeZone", () => {
  test.each([
    ["America/Chicago", true],
    ["UTC", true],
    ["Mars/Olympus_Mons", false],
  ])("%s → %s", (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});
