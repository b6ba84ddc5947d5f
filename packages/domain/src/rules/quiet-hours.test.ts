import { describe, expect, test } from "vitest";
import { emailAllowedAfter } from "./quiet-hours.ts";

const zone = "America/Chicago";
const strict = { emailEvenings: false, emailWeekends: false };

describe("emailAllowedAfter", () => {
  test.each([
    // [instant, choice, expected] — Chicago is UTC-6 in winter, UTC-5 in summer.
    ["2026-11-25T16:00:00Z", strict, "2026-11-25T16:00:00Z", "a Wednesday 10:00 goes at once"],
    ["2026-11-26T01:00:00Z", strict, "2026-11-26T13:00:00Z", "Wednesday 19:00 waits for 07:00"],
    ["2026-11-26T12:30:00Z", strict, "2026-11-26T13:00:00Z", "06:30 waits for 07:00"],
    ["2026-11-28T16:00:00Z", strict, "2026-11-30T13:00:00Z", "Saturday waits for Monday 07:00"],
    ["2026-11-28T00:30:00Z", strict, "2026-11-30T13:00:00Z", "Friday 18:30 waits for Monday"],
    [
      "2026-11-28T16:00:00Z",
      { emailEvenings: false, emailWeekends: true },
      "2026-11-28T16:00:00Z",
      "weekends allowed: Saturday 10:00 goes",
    ],
    [
      "2026-11-26T01:00:00Z",
      { emailEvenings: true, emailWeekends: false },
      "2026-11-26T01:00:00Z",
      "evenings allowed: Wednesday 19:00 goes",
    ],
    [
      "2026-11-28T01:00:00Z",
      { emailEvenings: true, emailWeekends: false },
      "2026-11-28T01:00:00Z",
      "evenings allowed: Friday 19:00 goes",
    ],
    [
      "2026-03-07T02:00:00Z",
      strict,
      "2026-03-09T12:00:00Z",
      "Monday after the clocks change: 07:00 CDT",
    ],
  ])("%s → %s (%s)", (at, choice, expected) => {
    expect(emailAllowedAfter(new Date(at), zone, choice).toISOString()).toBe(
      new Date(expected).toISOString(),
    );
  });

  test("never moves a moment earlier, and the answer itself is never quiet", () => {
    for (let hour = 0; hour < 24 * 14; hour += 5) {
      const at = new Date(Date.UTC(2026, 10, 20, hour, 17));
      const allowed = emailAllowedAfter(at, zone, strict);
      expect(allowed.getTime()).toBeGreaterThanOrEqual(at.getTime());
      expect(emailAllowedAfter(allowed, zone, strict).getTime()).toBe(allowed.getTime());
    }
  });
});
