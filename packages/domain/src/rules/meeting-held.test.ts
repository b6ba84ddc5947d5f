import { describe, expect, it } from "vitest";
import {
  type MeetingTimes,
  meetingDisplayState,
  meetingHeldAt,
  startTiming,
} from "./meeting-held.ts";

const tuesday = new Date("2026-11-24T21:00:00Z"); // 3 PM in Chicago
const friday = new Date("2026-11-27T20:00:00Z");
const monday = new Date("2026-11-23T20:00:00Z");

function meeting(overrides: Partial<MeetingTimes>): MeetingTimes {
  return {
    status: "scheduled",
    startsAt: tuesday,
    endsAt: new Date(tuesday.getTime() + 45 * 60_000),
    startedAt: null,
    closedAt: null,
    ...overrides,
  };
}

describe("startTiming", () => {
  it.each<[string, Date, string, ReturnType<typeof startTiming>]>([
    ["the day before", monday, "America/Chicago", "before_day"],
    ["earlier the same day", new Date("2026-11-24T14:00:00Z"), "America/Chicago", "on_day"],
    [
      "late evening in Chicago, already the next day in UTC",
      new Date("2026-11-25T04:00:00Z"),
      "America/Chicago",
      "on_day",
    ],
    ["three days later", friday, "America/Chicago", "after_day"],
  ])("%s", (_, now, zone, expected) => {
    expect(startTiming(tuesday, now, zone)).toBe(expected);
  });
});

describe("meetingDisplayState", () => {
  it.each<[string, Partial<MeetingTimes>, Date, ReturnType<typeof meetingDisplayState>]>([
    ["scheduled and ahead", {}, monday, { section: "upcoming", state: "scheduled" }],
    ["scheduled and passed, never started", {}, friday, { section: "past", state: "not_held" }],
    [
      "running",
      { status: "in_progress", startedAt: tuesday },
      tuesday,
      { section: "upcoming", state: "in_progress" },
    ],
    [
      "closed before its scheduled end is past, held when it started",
      { status: "closed", startedAt: monday, closedAt: monday },
      monday,
      { section: "past", state: "held", heldAt: monday },
    ],
    [
      "held late: the day it was held, not the scheduled day",
      { status: "closed", startedAt: friday, closedAt: friday },
      friday,
      { section: "past", state: "held", heldAt: friday },
    ],
    [
      "cancelled ahead",
      { status: "cancelled" },
      monday,
      { section: "upcoming", state: "cancelled" },
    ],
    [
      "cancelled and passed",
      { status: "cancelled" },
      friday,
      { section: "past", state: "cancelled" },
    ],
  ])("%s", (_, overrides, now, expected) => {
    expect(meetingDisplayState(meeting(overrides), now)).toEqual(expected);
  });
});

describe("meetingHeldAt", () => {
  it("is the start, then the close, then the schedule", () => {
    expect(meetingHeldAt({ startsAt: tuesday, startedAt: friday, closedAt: null })).toBe(friday);
    expect(meetingHeldAt({ startsAt: tuesday, startedAt: null, closedAt: monday })).toBe(monday);
    expect(meetingHeldAt({ startsAt: tuesday, startedAt: null, closedAt: null })).toBe(tuesday);
  });
});
