import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The admin app's "Sent mail" page reads the district's outbox. Rows are written here as the
 * worker would write them: one sent over SMTP, one kept as a file with a calendar invite, one
 * that failed, and one for another district that must never show.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "principal" | "otherDistrict", TestPerson>;
const ids: Record<"smtp" | "file" | "failed" | "cedar", string> = {
  smtp: "",
  file: "",
  failed: "",
  cedar: "",
};

async function insertMessage(params: {
  email: string;
  subject: string;
  kind: string | null;
  status: string;
  deliveredVia: string | null;
  calendarIcs?: string;
  lastError?: string;
  createdAt: string;
}): Promise<string> {
  const [row] = await rawRows<{ id: string }>(
    api.db,
    sql`insert into outbox_email (district_id, recipient_id, to_address, kind, unsubscribe_kinds,
          subject, text_body, html_body, calendar_ics, status, attempts, last_error, sent_at,
          delivered_via, created_at)
        select p.district_id, p.id, p.email, ${params.kind}::notification_kind,
          array[]::notification_kind[], ${params.subject}, ${`Text of ${params.subject}`},
          ${`<p>HTML of ${params.subject}</p>`}, ${params.calendarIcs ?? null}::text,
          ${params.status}::outbox_status, ${params.status === "failed" ? 5 : 1},
          ${params.lastError ?? null}::text,
          ${params.status === "sent" ? params.createdAt : null}::timestamptz,
          ${params.deliveredVia}::text, ${params.createdAt}::timestamptz
        from person p where p.email = ${params.email}
        returning id::text as id`,
  );
  return row?.id ?? "";
}

beforeAll(async () => {
  district = await testDistrict(api);
  const { teacher, principal } = await district.schoolWithStaff("Maria Delgado");
  people = { teacher, principal, otherDistrict: (await testDistrict(api)).admin };
  ids.smtp = await insertMessage({
    email: people.teacher.email,
    subject: "Janelle Brooks commented on your action plan",
    kind: "coach_comment",
    status: "sent",
    deliveredVia: "smtp",
    createdAt: "2030-01-08T15:00:00Z",
  });
  ids.file = await insertMessage({
    email: people.teacher.email,
    subject: "Meeting scheduled: K–2 Literacy PLC",
    kind: "meeting_scheduled",
    status: "sent",
    deliveredVia: "file",
    calendarIcs: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
    createdAt: "2030-01-08T16:00:00Z",
  });
  ids.failed = await insertMessage({
    email: people.teacher.email,
    subject: "Your daily digest",
    kind: null,
    status: "failed",
    deliveredVia: null,
    lastError: "550 mailbox unavailable",
    createdAt: "2030-01-08T17:00:00Z",
  });
  ids.cedar = await insertMessage({
    email: people.otherDistrict.email,
    subject: "Another district's message",
    kind: "teacher_reply",
    status: "sent",
    deliveredVia: "file",
    createdAt: "2030-01-08T18:00:00Z",
  });
});

describe("sent mail", () => {
  it("lists the district's messages newest first, with the recipient's name", async () => {
    const admin = await district.callerFor(district.admin);
    const list = await admin.sentMail.list();
    expect(list.map((message) => message.id)).toEqual([ids.failed, ids.file, ids.smtp]);
    expect(list[0]).toMatchObject({
      to: people.teacher.email,
      recipientName: "Maria Delgado",
      kind: "daily_digest",
      status: "failed",
      attempts: 5,
      lastError: "550 mailbox unavailable",
      deliveredVia: null,
    });
    expect(list[1]).toMatchObject({ status: "sent", deliveredVia: "file" });
    // As the worker writes it: the outbox id at the server's host.
    expect(list[0]?.messageId).toBe(`<${ids.failed}@localhost>`);
  });

  it("opens one message with its text, HTML and whether an invite went with it", async () => {
    const admin = await district.callerFor(district.admin);
    const message = await admin.sentMail.message({ messageId: ids.file });
    expect(message).toMatchObject({
      subject: "Meeting scheduled: K–2 Literacy PLC",
      to: people.teacher.email,
      textBody: "Text of Meeting scheduled: K–2 Literacy PLC",
      htmlBody: "<p>HTML of Meeting scheduled: K–2 Literacy PLC</p>",
      hasCalendarInvite: true,
      deliveredVia: "file",
    });
    const plain = await admin.sentMail.message({ messageId: ids.smtp });
    expect(plain.hasCalendarInvite).toBe(false);
  });

  it("never shows another district's message", async () => {
    const admin = await district.callerFor(district.admin);
    expect(await codeOf(admin.sentMail.message({ messageId: ids.cedar }))).toBe("NOT_FOUND");
    const list = await admin.sentMail.list();
    expect(list.map((message) => message.id)).not.toContain(ids.cedar);
  });

  it("is for district admins only", async () => {
    const principal = await district.callerFor(people.principal);
    const maria = await district.callerFor(people.teacher);
    expect(await codeOf(principal.sentMail.list())).toBe("FORBIDDEN");
    expect(await codeOf(principal.sentMail.message({ messageId: ids.smtp }))).toBe("FORBIDDEN");
    expect(await codeOf(maria.sentMail.list())).toBe("FORBIDDEN");
    expect(await codeOf(maria.sentMail.message({ messageId: ids.smtp }))).toBe("FORBIDDEN");
    expect(await codeOf(api.anonymous().sentMail.list())).toBe("UNAUTHORIZED");
  });
});
