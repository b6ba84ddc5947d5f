import { describe, expect, it } from "vitest";
import { describeRecurrence } from "./meeting-schedule.ts";

describe("describeRecurrence", () => {
  const tuesday = { weekday: 2, dayOfMonth: 9 };
  it.each([
    [{ frequency: "weekly", interval: 1 }, "every Tuesday until June 30"],
    [{ frequency: "weekly", interval: 2 }, "every other Tuesday until June 30"],
    [{ frequency: "weekly", interval: 3 }, "every 3 weeks on Tuesday until June 30"],
    [{ frequency: "monthly", interval: 1 }, "the second Tuesday of every month until June 30"],
  ] as const)("%o reads as %s", (rule, expected) => {
    expect(describeRecurrence({ ...rule, until: "2027-06-30" }, tuesday)).toBe(expected);
  });
});
