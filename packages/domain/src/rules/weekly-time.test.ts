import { describe, expect, test } from "vitest";
import { clockTime, describeSpan, displayClock, schoolDayFrom } from "./weekly-time.ts";

describe("weekly time", () => {
  test("says a span as a school does", () => {
    expect(clockTime(485)).toBe("08:05");
    expect(displayClock(485)).toBe("8:05 AM");
    expect(displayClock(0)).toBe("12:00 AM");
    expect(displayClock(12 * 60 + 30)).toBe("12:30 PM");
    expect(describeSpan({ weekday: 2, start: 780, end: 825 })).toBe("Tuesday 1:00 PM–1:45 PM");
  });

  test("the school day runs from the first bell to the last, per weekday", () => {
    expect(
      schoolDayFrom([
        { weekday: 2, start: 600, end: 650 },
        { weekday: 1, start: 480, end: 530 },
        { weekday: 1, start: 840, end: 900 },
      ]),
    ).toEqual([
      { weekday: 1, start: 480, end: 900 },
      { weekday: 2, start: 600, end: 650 },
    ]);
  });
});
