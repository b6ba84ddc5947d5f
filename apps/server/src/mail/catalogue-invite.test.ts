import { describe, expect, it } from "vitest";
import { catalogueInviteIcs } from "./catalogue-invite.ts";

const event = {
  id: "5b0c6a1e-8a4f-4c1e-9a51-7d7f8c2b1e11",
  kind: "workshop" as const,
  title: "Questioning that sticks",
  description: "Plan three higher-order questions.",
  startsAt: new Date("2026-12-16T21:30:00Z"),
  endsAt: new Date("2026-12-16T23:00:00Z"),
  location: "District Office, Room 204",
  joinUrl: null,
  sequence: 2,
  cancelled: false,
};

/** The invitation with its folded lines (RFC 5545 wraps at 75 octets) joined again. */
function invite(cancelled: boolean, sequence = event.sequence) {
  const ics = catalogueInviteIcs({
    event: { ...event, cancelled, sequence },
    appUrl: "https://throughline.example/teacher/catalogue",
    organizer: { name: "Throughline", email: "no-reply@throughline.example" },
    attendee: { name: "Kevin Osei", email: "leader@maplevalley.test" },
    now: new Date("2026-12-07T20:00:00Z"),
    timeZone: "America/Chicago",
  });
  return ics.replace(/\r\n[ \t]/g, "");
}

describe("catalogue invitation", () => {
  it("invites with the feed's UID and sequence, the time in UTC and the district's in words", () => {
    const ics = invite(false);
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(`UID:catalogue-${event.id}@throughline`);
    expect(ics).toContain("SEQUENCE:2");
    expect(ics).toContain("DTSTART:20261216T213000Z");
    expect(ics).toContain("SUMMARY:Workshop: Questioning that sticks");
    expect(ics).toContain(String.raw`When: Wed\, Dec 16\, 3:30 PM – 5:00 PM CST`);
    expect(ics).toContain("leader@maplevalley.test");
  });

  it("withdraws a seat with a CANCEL of the same UID", () => {
    const ics = invite(true, 3);
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain(`UID:catalogue-${event.id}@throughline`);
    expect(ics).toContain("SEQUENCE:3");
  });
});
