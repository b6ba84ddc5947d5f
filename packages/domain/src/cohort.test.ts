import { describe, expect, it } from "vitest";
import { schoolYearSchema } from "./cohort.ts";

describe("schoolYearSchema", () => {
  it.each([
    ["2026-27", true],
    ["1999-00", true],
    [" 2026-27 ", true],
    ["2026-28", false],
    ["2026-26", false],
    ["2026/27", false],
    ["2026-2027", false],
    ["26-27", false],
  ])("%j is valid: %s", (value, valid) => {
    expect(schoolYearSchema.safeParse(value).success).toBe(valid);
  });

  it("explains what a school year looks like", () => {
    expect(schoolYearSchema.safeParse("2026").error?.issues[0]?.message).toBe(
      "Enter a school year like 2026-27",
    );
    expect(schoolYearSchema.safeParse("2026-28").error?.issues[0]?.message).toBe(
      "The two years must follow each other, like 2026-27",
    );
  });
});
