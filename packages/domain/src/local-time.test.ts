import { describe, expect, it } from "vitest";
import {
  addDaysToDay,
  formatLocalDateTime,
  isoWeekKey,
  localClock,
  localDay,
  startOfLocalWeek,
} from "./local-time.ts";

const zone = "America/Chicago";

describe("local time", () => {
  it("formats in the district's zone, not the server's", () => {
    expect(formatLocalDateTime(new Date("2026-12-01T21:00:00Z"), zone)).toBe(
      "Tue, Dec 1, 3:00 PM CST",
    );
    expect(formatLocalDateTime(new Date("2026-12-01T21:00:00Z"), "America/New_York")).toBe(
      "Tue, Dec 1, 4:00 PM EST",
    );
  });

  it("reads the wall clock in the zone", () => {
    expect(localClock(new Date("2026-12-01T21:05:00Z"), zone)).toBe("15:05");
    expect(localClock(new Date("2026-12-01T21:05:00Z"), "Asia/Tokyo")).toBe("06:05");
  });

  it("takes the local calendar day", () => {
    expect(localDay(new Date("2026-11-25T05:30:00Z"), zone)).toBe("2026-11-24");
    expect(localDay(new Date("2026-11-25T06:30:00Z"), zone)).toBe("2026-11-25");
  });

  it("moves days across months and years", () => {
    expect(addDaysToDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDay("2026-03-01", -1)).toBe("2026-02-28");
  });

  it.each([
    ["2026-11-30T13:00:00Z", "2026-W49"],
    ["2027-01-01T18:00:00Z", "2026-W53"],
    ["2027-01-04T18:00:00Z", "2027-W01"],
    ["2025-12-29T18:00:00Z", "2026-W01"],
  ])("%s is in ISO week %s", (iso, week) => {
    expect(isoWeekKey(new Date(iso), zone)).toBe(week);
  });

  it("finds Monday midnight of the local week, across a daylight-saving change", () => {
    expect(startOfLocalWeek(new Date("2026-12-02T18:00:00Z"), zone).toISOString()).toBe(
      "2026-11-30T06:00:00.000Z",
    );
    expect(startOfLocalWeek(new Date("2026-11-03T18:00:00Z"), zone).toISOString()).toBe(
      "2026-11-02T06:00:00.000Z",
    );
    expect(startOfLocalWeek(new Date("2026-11-30T07:00:00Z"), zone).toISOString()).toBe(
      "2026-11-30T06:00:00.000Z",
    );
  });
});
