import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wallClock } from "./wall-clock.ts";

const zones = [
  "America/Chicago",
  "America/St_Johns",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Europe/Dublin",
  "Pacific/Chatham",
  "UTC",
];

function byTzDate(instant: Date, timeZone: string) {
  const local = new TZDate(instant.getTime(), timeZone);
  return {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    weekday: local.getDay(),
    hours: local.getHours(),
    minutes: local.getMinutes(),
  };
}

describe("wallClock", () => {
  it("reads what TZDate reads, in zones with half-hour, 45-minute and half-hour-DST offsets", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2040-01-01T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          expect(wallClock(instant, zone)).toEqual(byTzDate(instant, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads each minute around Chicago's transitions as TZDate does", () => {
    for (const iso of ["2026-03-08T06:00:00Z", "2026-11-01T05:00:00Z"]) {
      const from = new Date(iso).getTime();
      for (let minute = 0; minute < 240; minute++) {
        const instant = new Date(from + minute * 60_000);
        expect(wallClock(instant, "America/Chicago")).toEqual(byTzDate(instant, "America/Chicago"));
      }
    }
  });
});
