import { describe, expect, test } from "vitest";
import {
  describeLeadTime,
  reminderSettingsInputSchema,
  schoolHolidayInputSchema,
} from "./notification-settings.ts";

describe("reminder settings", () => {
  test("lead times are sorted longest first", () => {
    const parsed = reminderSettingsInputSchema.parse({
      timeZone: "America/Chicago",
      meetingReminderMinutes: [60, 1440],
    });
    expect(parsed.meetingReminderMinutes).toEqual([1440, 60]);
  });

  test.each([
    [[], "Keep at least one reminder"],
    [[60, 60], "Each reminder needs its own time"],
    [[2, 60], "Remind at least 5 minutes before"],
    [[20_000], "Remind at most a week before"],
    [[60, 120, 180, 240], "Choose at most three reminders"],
  ])("%j is refused: %s", (minutes, message) => {
    const result = reminderSettingsInputSchema.safeParse({
      timeZone: "America/Chicago",
      meetingReminderMinutes: minutes,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  test("an unknown time zone is refused", () => {
    const result = reminderSettingsInputSchema.safeParse({
      timeZone: "Mars/Olympus",
      meetingReminderMinutes: [60],
    });
    expect(result.error?.issues[0]?.path).toEqual(["timeZone"]);
  });
});

describe("school holidays", () => {
  test("a break that ends before it starts names the end field", () => {
    const result = schoolHolidayInputSchema.safeParse({
      name: "Winter break",
      startsOn: "2026-12-21",
      endsOn: "2026-12-18",
    });
    expect(result.error?.issues[0]?.path).toEqual(["endsOn"]);
  });

  test("a one-day break is fine", () => {
    expect(
      schoolHolidayInputSchema.safeParse({
        name: "Thanksgiving",
        startsOn: "2026-11-26",
        endsOn: "2026-11-26",
      }).success,
    ).toBe(true);
  });
});

test.each([
  [1440, "1 day"],
  [2880, "2 days"],
  [60, "1 hour"],
  [120, "2 hours"],
  [90, "90 minutes"],
])("describeLeadTime(%i) = %s", (minutes, text) => {
  expect(describeLeadTime(minutes)).toBe(text);
});
