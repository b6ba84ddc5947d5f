import { describe, expect, it } from "vitest";
import { scheduleMeetingInputSchema, supportMeetingSchema } from "./meeting.ts";

const input = {
  teamId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  title: "Grade 4 action-plan check-in",
  startsAt: new Date("2026-11-25T15:30:00Z"),
  endsAt: new Date("2026-11-25T16:15:00Z"),
  location: "Library",
  videoUrl: null,
  timeZone: "America/Chicago",
  recurrence: null,
  agenda: ["0b6f3f4e-2d6c-4a8e-9d1b-3c2a1f0e9d8c"],
};

describe("scheduleMeetingInputSchema", () => {
  it("accepts a meeting in a room or on a video call", () => {
    expect(scheduleMeetingInputSchema.safeParse(input).success).toBe(true);
    const online = { ...input, location: "", videoUrl: "https://meet.example.org/g4" };
    expect(scheduleMeetingInputSchema.parse(online)).toMatchObject({ location: null });
  });

  it.each([
    ["ends before it starts", new Date("2026-11-25T15:00:00Z")],
    ["ends as it starts", new Date("2026-11-25T15:30:00Z")],
  ])("names endsAt when the meeting %s", (_name, endsAt) => {
    const result = scheduleMeetingInputSchema.safeParse({ ...input, endsAt });
    expect(result.error?.issues).toMatchObject([
      { path: ["endsAt"], message: "The meeting must end after it starts" },
    ]);
  });

  it("asks for a room or a video link", () => {
    const result = scheduleMeetingInputSchema.safeParse({ ...input, location: " " });
    expect(result.error?.issues).toMatchObject([
      { path: ["location"], message: "Add a room or a video link" },
    ]);
  });
});

describe("scheduleMeetingInputSchema: recurrence, zone and agenda", () => {
  const weekly = { frequency: "weekly", interval: 2, until: "2027-06-30" } as const;

  it("accepts every other week until a later day", () => {
    expect(scheduleMeetingInputSchema.parse({ ...input, recurrence: weekly }).recurrence).toEqual(
      weekly,
    );
  });

  it("names recurrence.until when the series would end before it starts", () => {
    const result = scheduleMeetingInputSchema.safeParse({
      ...input,
      recurrence: { ...weekly, until: "2026-11-01" },
    });
    expect(result.error?.issues).toMatchObject([
      { path: ["recurrence", "until"], message: "The last day must be after the first meeting" },
    ]);
  });

  it.each([
    [{ timeZone: "Nowhere/Special" }, ["timeZone"], "This is not a time zone we know"],
    [{ agenda: [] }, ["agenda"], "Add at least one protocol step to the agenda"],
    [
      { recurrence: { ...weekly, interval: 6 } },
      ["recurrence", "interval"],
      "Meetings repeat at least every 4 weeks or months",
    ],
  ])("rejects %o at %o", (change, path, message) => {
    const result = scheduleMeetingInputSchema.safeParse({ ...input, ...change });
    expect(result.error?.issues).toMatchObject([{ path, message }]);
  });
});

describe("supportMeetingSchema", () => {
  it("applies the same rules to stored meetings", () => {
    const meeting = {
      ...input,
      id: "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
      status: "scheduled",
    };
    expect(supportMeetingSchema.safeParse(meeting).success).toBe(true);
    const backwards = { ...meeting, endsAt: new Date("2026-11-25T15:00:00Z") };
    expect(supportMeetingSchema.safeParse(backwards).error?.issues[0]?.path).toEqual(["endsAt"]);
  });
});
