import { describe, expect, it } from "vitest";
import { renderFeed } from "./feed-ics.ts";

const event = {
  uid: "meeting-7c9e6679-7425-40de-944b-e07fc1f90ae7@throughline",
  kind: "meeting" as const,
  id: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  sequence: 4,
  summary: "Action-plan check-in",
  description: "Support meeting of K–2 Literacy PLC.",
  location: "Library",
  url: "https://meet.example.org/k2",
  startsAt: new Date("2026-12-01T20:30:00Z"),
  endsAt: new Date("2026-12-01T21:15:00Z"),
  cancelled: true,
};

describe("renderFeed", () => {
  const ics = renderFeed({
    personName: "Maria Delgado",
    events: [event],
    now: new Date("2026-11-25T12:00:00Z"),
    timeZone: "America/Chicago",
  });
  const lines = ics.split("\r\n");

  it("keeps every calendar property before the first event, times in UTC, the district zone named", () => {
    const firstEvent = lines.indexOf("BEGIN:VEVENT");
    expect(lines.indexOf("METHOD:PUBLISH")).toBeLessThan(firstEvent);
    expect(lines.indexOf("X-WR-TIMEZONE:America/Chicago")).toBeGreaterThan(0);
    expect(lines.indexOf("X-WR-TIMEZONE:America/Chicago")).toBeLessThan(firstEvent);
    expect(lines).toContain("X-WR-CALNAME:Throughline — Maria Delgado");
    expect(lines).toContain("DTSTART:20261201T203000Z");
    expect(lines).toContain("DTSTAMP:20261125T120000Z");
  });

  it("writes the UID, SEQUENCE, status, place and link of each event", () => {
    expect(lines).toContain(`UID:${event.uid}`);
    expect(lines).toContain("SEQUENCE:4");
    expect(lines).toContain("STATUS:CANCELLED");
    expect(lines).toContain("LOCATION:Library");
    expect(lines).toContain("URL;VALUE=URI:https://meet.example.org/k2");
  });
});
