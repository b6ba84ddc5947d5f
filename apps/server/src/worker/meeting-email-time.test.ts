import { createTestApi, type TestApi } from "@throughline/api/testing/test-api";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpMailer, type Mailer } from "../mail/transport.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/test-smtp-server.ts";
import { runWorkerTick } from "./run-worker-tick.ts";

/*
 * A meeting's email and its calendar invitation are read on any device, in any zone: both give
 * the time in the district's zone (the demo district is in Chicago) and name the zone.
 */
const JANELLE = "coach@maplevalley.test";
const DAY = 86_400_000;

let api: TestApi;
let smtp: TestSmtpServer;
let mailer: Mailer;

beforeAll(async () => {
  api = await createTestApi();
  smtp = await startTestSmtpServer();
  mailer = createSmtpMailer(smtp.url);
});
afterAll(async () => {
  mailer?.close();
  await smtp?.close();
  await api?.close();
});

/** "3:00 PM CST": the Chicago clock, written independently of the code under test. */
function chicagoClock(at: Date): string {
  return new Intl.DateTimeFormat("en-US", {
    timeZone: "America/Chicago",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(at);
}

/** iCalendar text as a person reads it: folded lines joined, escaped commas plain. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, "").replaceAll("\\,", ",");
}

describe("a scheduled meeting's email", () => {
  it("gives the time in the district's zone, with the zone, in the subject and the invitation", async () => {
    const [team] = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from team where name = 'K–2 Literacy PLC'`,
    );
    const janelle = await api.callerFor(JANELLE);
    const agenda = (await janelle.protocols.list())[0]?.steps.map((step) => step.id) ?? [];
    // 21:00 UTC: 3:00 PM in Chicago (2:00 PM in summer), 6:00 AM the next day in Tokyo.
    const startsAt = new Date(Date.now() + 9 * DAY);
    startsAt.setUTCHours(21, 0, 0, 0);
    const endsAt = new Date(startsAt.getTime() + 45 * 60_000);
    await janelle.meetings.schedule({
      teamId: team?.id ?? "",
      title: "Grade K–2 planning",
      startsAt,
      endsAt,
      location: "Library",
      videoUrl: null,
      timeZone: "America/Chicago",
      recurrence: null,
      agenda,
    });

    await runWorkerTick(
      {
        db: api.db,
        mailer,
        publicUrl: "https://throughline.example.org",
        secret: "a-test-secret-that-is-long-enough-for-hmac-signing",
        reminders: async () => 0,
      },
      // Past any quiet hours the scheduling fell into.
      new Date(Date.now() + 3 * DAY),
    );

    const mail = smtp.accepted.find((each) =>
      (each.parsed.subject ?? "").includes("support meeting scheduled"),
    );
    expect(mail?.parsed.subject).toContain(chicagoClock(startsAt));
    const invite = mail?.parsed.attachments.find((part) => part.contentType === "text/calendar");
    const ics = unfold(invite?.content.toString("utf8") ?? "");
    const start = chicagoClock(startsAt).replace(/ \S+$/, "");
    expect(ics).toContain("When: ");
    expect(ics).toContain(`${start} – ${chicagoClock(endsAt)}`);
  });
});
