import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schoolYearSchema } from "../cohort.ts";
import { schoolYearFor } from "./school-year.ts";

describe("schoolYearFor", () => {
  it.each([
    ["2026-11-25T12:00:00Z", "2026-27"],
    ["2026-08-01T00:00:00Z", "2026-27"],
    ["2026-07-31T23:59:59Z", "2025-26"],
    ["2026-01-01T00:00:00Z", "2025-26"],
    ["2027-07-31T12:00:00Z", "2026-27"],
    ["2026-12-31T23:59:59Z", "2026-27"],
    ["1999-09-01T00:00:00Z", "1999-00"],
    ["2009-09-01T00:00:00Z", "2009-10"],
  ])("%s is in %s", (iso, expected) => {
    expect(schoolYearFor(new Date(iso))).toBe(expected);
  });

  it("always gives a school year the cohort schema accepts", () => {
    const dates = fc.date({
      min: new Date("1900-01-01T00:00:00Z"),
      max: new Date("9998-12-31T00:00:00Z"),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(dates, (date) => {
        expect(schoolYearSchema.safeParse(schoolYearFor(date)).success).toBe(true);
      }),
    );
  });
});
