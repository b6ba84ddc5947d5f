import { describe, expect, it } from "vitest";
import {
  calendarEvents,
  feedTokenSchema,
  type MeetingForCalendar,
  meetingEvent,
  type WorkshopForCalendar,
  workshopEvent,
} from "./calendar.ts";

const appUrl = "https://throughline.example.org/teacher/meetings";
const zone = "America/Chicago";

const meeting: MeetingForCalendar = {
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  title: "Action-plan check-in",
  teamName: "K–2 Literacy PLC",
  startsAt: new Date("2026-12-01T20:30:00Z"),
  endsAt: new Date("2026-12-01T21:15:00Z"),
  location: "Library",
  videoUrl: null,
  status: "scheduled",
  sequence: 3,
  agenda: [
    { title: "Round of commitments", minutes: 10 },
    { title: "Help for the stuck", minutes: 15 },
  ],
};

const workshop: WorkshopForCalendar = {
  cohortId: "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed",
  cohortName: "Stage 1 — Maple Valley 2026-27",
  stageTitle: "High Performance Learning-Focused Lessons",
  startsAt: new Date("2026-11-30T14:00:00Z"),
  minutes: 180,
  location: null,
  videoUrl: "https://meet.example.org/stage-1",
  description: "Backward planning from the standard.",
};

describe("meetingEvent", () => {
  it("has a UID that is stable across calls and names the kind and id", () => {
    const first = meetingEvent(meeting, appUrl, zone);
    const again = meetingEvent({ ...meeting, title: "Renamed", sequence: 4 }, appUrl, zone);
    expect(first.uid).toBe(`meeting-${meeting.id}@throughline`);
    expect(again.uid).toBe(first.uid);
  });

  it("carries the meeting's SEQUENCE", () => {
    expect(meetingEvent(meeting, appUrl, zone).sequence).toBe(3);
    expect(meetingEvent({ ...meeting, sequence: 0 }, appUrl, zone).sequence).toBe(0);
  });

  it("marks a cancelled meeting cancelled and says so in the summary", () => {
    const event = meetingEvent({ ...meeting, status: "cancelled" }, appUrl, zone);
    expect(event.cancelled).toBe(true);
    expect(event.summary).toBe("Cancelled: Action-plan check-in");
    expect(meetingEvent(meeting, appUrl, zone).cancelled).toBe(false);
  });

  it("describes the team and links to the app; uses the room as the location", () => {
    const event = meetingEvent(meeting, appUrl, zone);
    expect(event.description).toContain("K–2 Literacy PLC");
    expect(event.description).toContain(appUrl);
    expect(event.location).toBe("Library");
    expect(event.url).toBeNull();
  });

  it("says when it is in the district's zone, with the zone, for readers elsewhere", () => {
    expect(meetingEvent(meeting, appUrl, zone).description).toContain(
      "When: Tue, Dec 1, 2:30 PM – 3:15 PM CST",
    );
    expect(workshopEvent(workshop, appUrl, zone).description).toContain(
      "When: Mon, Nov 30, 8:00 AM – 11:00 AM CST",
    );
  });

  it("lists the agenda's steps with their minutes, and leaves the list out when there is none", () => {
    expect(meetingEvent(meeting, appUrl, zone).description).toContain(
      "Agenda:\n1. Round of commitments (10 min)\n2. Help for the stuck (15 min)",
    );
    expect(meetingEvent({ ...meeting, agenda: [] }, appUrl, zone).description).not.toContain(
      "Agenda:",
    );
  });

  it("uses the video link as the place when there is no room", () => {
    const online = { ...meeting, location: null, videoUrl: "https://meet.example.org/k2" };
    const event = meetingEvent(online, appUrl, zone);
    expect(event.location).toBe("https://meet.example.org/k2");
    expect(event.url).toBe("https://meet.example.org/k2");
  });
});

describe("workshopEvent", () => {
  it("ends workshop_minutes after it starts", () => {
    const event = workshopEvent(workshop, appUrl, zone);
    expect(event.endsAt.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(workshopEvent({ ...workshop, minutes: 90 }, appUrl, zone).endsAt.toISOString()).toBe(
      "2026-11-30T15:30:00.000Z",
    );
  });

  it("has a stable workshop UID and sequence 0", () => {
    const event = workshopEvent(workshop, appUrl, zone);
    expect(event.uid).toBe(`workshop-${workshop.cohortId}@throughline`);
    expect(workshopEvent(workshop, appUrl, zone).uid).toBe(event.uid);
    expect(event.sequence).toBe(0);
    expect(event.description).toContain("Backward planning from the standard.");
  });
});

describe("calendarEvents", () => {
  it("lists meetings and workshops earliest first", () => {
    const events = calendarEvents({
      meetings: [meeting],
      workshops: [workshop],
      appUrl,
      timeZone: zone,
    });
    expect(events.map((e) => e.kind)).toEqual(["workshop", "meeting"]);
  });
});

describe("feedTokenSchema", () => {
  it("accepts 43 base64url characters only", () => {
    expect(feedTokenSchema.safeParse("a".repeat(43)).success).toBe(true);
    expect(feedTokenSchema.safeParse("a".repeat(42)).success).toBe(false);
    expect(feedTokenSchema.safeParse(`${"a".repeat(42)}/`).success).toBe(false);
  });
});
