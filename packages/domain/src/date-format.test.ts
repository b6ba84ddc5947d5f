import { describe, expect, it } from "vitest";
import {
  formatInstant,
  formatTimeRange,
  zoneAbbreviation,
  zoneCouldBeMisread,
} from "./date-format.ts";

const chicago = "America/Chicago";
// 21:00 UTC on Dec 1 is 3:00 PM in Chicago and 6:00 AM on Dec 2 in Tokyo.
const afternoon = new Date("2026-12-01T21:00:00Z");

describe("formatInstant", () => {
  it.each([
    ["time", "3:00 PM"],
    ["shortDate", "Dec 1"],
    ["date", "Dec 1, 2026"],
    ["weekdayDate", "Tue, Dec 1"],
    ["longWeekdayDate", "Tuesday, December 1"],
    ["moment", "Dec 1, 3:00 PM"],
    ["weekdayMoment", "Tue, Dec 1, 3:00 PM"],
    ["dateTime", "Tuesday, December 1, 2026 at 3:00 PM"],
  ] as const)("writes %s in the district's zone as %s", (style, expected) => {
    expect(formatInstant(afternoon, { timeZone: chicago, style })).toBe(expected);
  });

  it("uses the district's day and hour, whatever zone the reader or server is in", () => {
    expect(formatInstant(afternoon, { timeZone: "Asia/Tokyo", style: "weekdayMoment" })).toBe(
      "Wed, Dec 2, 6:00 AM",
    );
  });

  it("writes every time with AM/PM, never 24-hour", () => {
    const evening = new Date("2026-12-02T01:30:00Z");
    expect(formatInstant(evening, { timeZone: chicago, style: "time" })).toBe("7:30 PM");
    const midnight = new Date("2026-12-02T06:00:00Z");
    expect(formatInstant(midnight, { timeZone: chicago, style: "time" })).toBe("12:00 AM");
  });

  it("adds the zone to times when asked, not to dates alone", () => {
    expect(formatInstant(afternoon, { timeZone: chicago, style: "time", showZone: true })).toBe(
      "3:00 PM CST",
    );
    expect(
      formatInstant(new Date("2026-06-01T20:00:00Z"), {
        timeZone: chicago,
        style: "moment",
        showZone: true,
      }),
    ).toBe("Jun 1, 3:00 PM CDT");
    expect(formatInstant(afternoon, { timeZone: chicago, style: "date", showZone: true })).toBe(
      "Dec 1, 2026",
    );
  });
});

describe("zoneAbbreviation", () => {
  it("names US zones as US readers know them", () => {
    expect(zoneAbbreviation(afternoon, "America/New_York")).toBe("EST");
    expect(zoneAbbreviation(afternoon, "America/Denver")).toBe("MST");
    expect(zoneAbbreviation(afternoon, "Asia/Tokyo")).toBe("GMT+9");
  });
});

describe("formatTimeRange", () => {
  it("writes one day's span with the zone once", () => {
    const end = new Date("2026-12-01T21:45:00Z");
    expect(formatTimeRange(afternoon, end, { timeZone: chicago, showZone: true })).toBe(
      "3:00 PM – 3:45 PM CST",
    );
  });

  it("writes both days when the span crosses midnight", () => {
    const end = new Date("2026-12-02T07:00:00Z");
    expect(formatTimeRange(afternoon, end, { timeZone: chicago })).toBe(
      "Tue, Dec 1, 3:00 PM – Wed, Dec 2, 1:00 AM",
    );
  });
});

describe("zoneCouldBeMisread", () => {
  it("is false in the district's own zone or one with the same clock", () => {
    expect(zoneCouldBeMisread(afternoon, chicago, chicago)).toBe(false);
    expect(zoneCouldBeMisread(afternoon, chicago, "America/Mexico_City")).toBe(false);
  });

  it("is true where the reader's clock shows another hour", () => {
    expect(zoneCouldBeMisread(afternoon, chicago, "Asia/Tokyo")).toBe(true);
    expect(zoneCouldBeMisread(afternoon, chicago, "America/New_York")).toBe(true);
  });

  it("counts an unknown zone as different", () => {
    expect(zoneCouldBeMisread(afternoon, chicago, "Nowhere/Unknown")).toBe(true);
  });
});
