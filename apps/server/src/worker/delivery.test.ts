import { createTestApi, type TestApi } from "@throughline/api/testing/test-api";
import { notify } from "@throughline/db/queries/notifications/notify";
import { notification, notificationPreference, outboxEmail } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { membershipFor } from "@throughline/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createServerApp } from "../app.ts";
import { createSmtpMailer, type Mailer } from "../mail/transport.ts";
import { testServerDeps } from "../testing/test-server.ts";
import { startTestSmtpServer, type TestSmtpServer } from "../testing/test-smtp-server.ts";
import { DEFAULT_LEASE_MS, runWorkerTick, type WorkerDeps } from "./run-worker-tick.ts";

const PUBLIC_URL = "https://throughline.example.org";
const SECRET = "a-test-secret-that-is-long-enough-for-hmac-signing";
const MARIA = "teacher@maplevalley.test";
const JANELLE = "coach@maplevalley.test";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let api: TestApi;
let smtp: TestSmtpServer;
let mailer: Mailer;
let districtId: string;
let mariaId: string;
let janelleId: string;
let planId: string;
let stageId: string;
/**
 * The worker's clock. Comments made through the API are stamped with the real time and may
 * fall in quiet hours (up to a weekend's worth), so the worker starts four days later.
 */
let clock = Date.now() + 4 * DAY;

/**
 * The tests watch the messages they cause; the seeded district's own reminders (meetings,
 * commitments…) would add others at whatever time the clock shows, so they are left out here
 * and run for real in the last test.
 */
const noReminders = async () => 0;

function deps(extra: Partial<WorkerDeps> = {}): WorkerDeps {
  return {
    db: api.db,
    mailer,
    publicUrl: PUBLIC_URL,
    secret: SECRET,
    reminders: noReminders,
    ...extra,
  };
}

function tick(at: number, extra: Partial<WorkerDeps> = {}) {
  return runWorkerTick(deps(extra), new Date(at));
}

function header(mail: TestSmtpServer["accepted"][number], name: string): string | undefined {
  const line = mail.parsed.headerLines.find((entry) => entry.key === name)?.line;
  return line
    ?.slice(line.indexOf(":") + 1)
    .replace(/\r?\n\s+/g, " ")
    .trim();
}

async function outboxRow(id: string) {
  const [row] = await withTenant(api.db, districtId, (tx) =>
    tx.select().from(outboxEmail).where(eq(outboxEmail.id, id)),
  );
  return row;
}

/** Written a week before the clock: whatever quiet hours held it back are long over. */
function aWeekAgo(): Date {
  return new Date(clock - 7 * DAY);
}

/** The outbox id inside a `<id@host>` Message-ID. */
function outboxIdOf(messageId: string | undefined): string {
  return messageId?.match(/^<([^@]+)@/)?.[1] ?? "";
}

beforeAll(async () => {
  api = await createTestApi();
  smtp = await startTestSmtpServer();
  mailer = createSmtpMailer(smtp.url);
  const maria = await membershipFor(api.db, MARIA);
  const janelle = await membershipFor(api.db, JANELLE);
  districtId = maria.districtId;
  mariaId = maria.personId;
  janelleId = janelle.personId;
  const teacher = await api.callerFor(MARIA);
  const home = await teacher.teacher.home();
  stageId = home.enrolments[0]?.stage.id ?? "";
  planId = (await teacher.actionPlan.mine({ stageId })).plan?.id ?? "";
});
afterAll(async () => {
  mailer?.close();
  await smtp?.close();
  await api?.close();
});
beforeEach(() => smtp.reset());

describe("notification email", () => {
  it("a coach's comment sends one email to the teacher with the link, a text part and one-click unsubscribe", async () => {
    const janelle = await api.callerFor(JANELLE);
    const { commentId } = await janelle.actionPlan.comment({
      planId,
      body: "Lovely start on the exit tickets.",
    });

    const report = await tick(clock);
    expect(report).toMatchObject({ composed: 1, sent: 1 });
    expect(await tick(clock)).toMatchObject({ composed: 0, sent: 0 });

    expect(smtp.accepted).toHaveLength(1);
    const [mail] = smtp.accepted;
    if (!mail) throw new Error("no mail");
    const link = `${PUBLIC_URL}/teacher/action-plan?stage=${stageId}#comment-${commentId}`;
    expect(mail.parsed.to && "text" in mail.parsed.to ? mail.parsed.to.text : "").toBe(MARIA);
    expect(mail.parsed.subject).toBe("Janelle Brooks commented on your action plan");
    expect(mail.parsed.html).toContain(`href="${link}"`);
    expect(mail.parsed.html).toContain("Maple Valley");
    expect(mail.parsed.html).toContain(`${PUBLIC_URL}/teacher/notifications/settings`);
    expect(mail.parsed.text).toContain(link);
    expect(mail.parsed.text).toContain("Lovely start on the exit tickets.");
    expect(mail.messageId).toMatch(/^<[0-9a-f-]{36}@throughline\.example\.org>$/);

    const unsubscribe = header(mail, "list-unsubscribe");
    expect(unsubscribe).toMatch(new RegExp(`^<${PUBLIC_URL}/unsubscribe/[A-Za-z0-9_.-]+>$`));
    expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    // The district's name as real text and the mark with its text alternative.
    expect(mail.parsed.html).toContain("Maple Valley Unified");
    expect(mail.parsed.html).toContain(`src="${PUBLIC_URL}/brand/throughline-mark.png"`);
    expect(mail.parsed.html).toMatch(/<img[^>]+alt="Throughline"/);

    const row = await outboxRow(outboxIdOf(mail.messageId));
    expect(row).toMatchObject({ status: "sent", attempts: 1, deliveredVia: "smtp" });

    // The mail client's one-click POST, against the real server app.
    const app = await createServerApp(
      testServerDeps(api, api.auth, { publicUrl: PUBLIC_URL, secret: SECRET }),
    );
    const path = (unsubscribe ?? "").slice(PUBLIC_URL.length + 1, -1);
    const asked = await app.request(path);
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("Stop emails about");
    // Asking is not unsubscribing: link scanners follow GETs.
    const before = await withTenant(api.db, districtId, (tx) =>
      tx.select().from(notificationPreference).where(eq(notificationPreference.personId, mariaId)),
    );
    expect(before.find((pref) => pref.kind === "coach_comment")).toBeUndefined();

    const posted = await app.request(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(posted.status).toBe(200);
    const after = await withTenant(api.db, districtId, (tx) =>
      tx
        .select({ mode: notificationPreference.emailMode })
        .from(notificationPreference)
        .where(
          and(
            eq(notificationPreference.personId, mariaId),
            eq(notificationPreference.kind, "coach_comment"),
          ),
        ),
    );
    expect(after).toEqual([{ mode: "off" }]);

    const forged = await app.request(`${path.slice(0, -2)}xx`, { method: "POST" });
    expect(forged.status).toBe(404);
  });

  it("an SMTP server that fails the first two attempts still gets exactly one message", async () => {
    let refusals = 2;
    smtp.answerWith(() => (refusals-- > 0 ? "tempfail" : "accept"));
    const maria = await api.callerFor(MARIA);
    await maria.actionPlan.comment({ planId, body: "Tried it today, it went well." });

    clock += MINUTE;
    expect(await tick(clock)).toMatchObject({ composed: 1, sent: 0, retried: 1 });
    // Not due yet: the first retry waits 30 seconds.
    expect(await tick(clock + 10_000)).toMatchObject({ sent: 0, retried: 0 });
    clock += 31_000;
    expect(await tick(clock)).toMatchObject({ sent: 0, retried: 1 });
    clock += 2 * MINUTE + 1000;
    expect(await tick(clock)).toMatchObject({ sent: 1, retried: 0 });
    expect(await tick(clock + DAY)).toMatchObject({ sent: 0, retried: 0 });

    expect(smtp.accepted).toHaveLength(1);
    const [mail] = smtp.accepted;
    expect(mail?.parsed.subject).toBe("Maria Delgado commented on their action plan");
    const row = await outboxRow(outboxIdOf(mail?.messageId));
    expect(row).toMatchObject({ status: "sent", attempts: 3, toAddress: JANELLE });
    expect(row?.lastError).toBeNull();
  });

  it("a worker that dies between sending and marking sends the message once more, with the same Message-ID", async () => {
    // In-process stand-in for a crash: the hook throws after the server accepted the message
    // and before it is marked, so the tick ends exactly where a killed worker would have.
    const maria = await api.callerFor(MARIA);
    await maria.actionPlan.comment({ planId, body: "Could we look at step two together?" });
    clock += DAY;
    const crash = () => {
      throw new Error("worker killed");
    };
    await expect(tick(clock, { afterSend: crash })).rejects.toThrow("worker killed");
    expect(smtp.accepted).toHaveLength(1);

    // While the claim holds, no other worker touches it.
    expect(await tick(clock + MINUTE)).toMatchObject({ sent: 0 });
    // After it runs out, the next worker sends it again, then it is done.
    clock += DEFAULT_LEASE_MS + 1000;
    expect(await tick(clock)).toMatchObject({ sent: 1 });
    expect(await tick(clock + DAY)).toMatchObject({ sent: 0 });

    expect(smtp.accepted).toHaveLength(2);
    const ids = new Set(smtp.accepted.map((mail) => mail.messageId));
    expect(ids.size).toBe(1);
    const row = await outboxRow(outboxIdOf(smtp.accepted[0]?.messageId));
    expect(row).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("a rolled-back action sends nothing", async () => {
    const title = "This notification was rolled back";
    await expect(
      withTenant(api.db, districtId, async (tx) => {
        await notify(tx, districtId, {
          recipientIds: [janelleId],
          kind: "teacher_reply",
          title,
          body: "…",
          link: { app: "coach", path: `/teachers/${mariaId}` },
        });
        throw new Error("the action failed");
      }),
    ).rejects.toThrow("the action failed");

    const rows = await withTenant(api.db, districtId, (tx) =>
      tx.select().from(notification).where(eq(notification.title, title)),
    );
    expect(rows).toEqual([]);
    clock += DAY;
    expect(await tick(clock)).toMatchObject({ composed: 0, sent: 0 });
    expect(smtp.accepted).toHaveLength(0);
  });

  it("two workers ticking at once never send one message twice", async () => {
    const at = aWeekAgo();
    await withTenant(api.db, districtId, async (tx) => {
      for (const n of [1, 2, 3, 4, 5, 6]) {
        await notify(
          tx,
          districtId,
          {
            recipientIds: [janelleId],
            kind: "step_stuck",
            title: `Stuck ${n}`,
            body: "…",
            link: { app: "coach", path: `/teachers/${mariaId}` },
          },
          at,
        );
      }
    });
    // Both compose and deliver at the same moment, on the same rows.
    clock += DAY;
    const reports = await Promise.all([
      tick(clock, { sendBatch: 2 }),
      tick(clock, { sendBatch: 2 }),
    ]);
    let more = await tick(clock, { sendBatch: 10 });
    while (more.sent > 0) more = await tick(clock, { sendBatch: 10 });

    const total = reports.reduce((sum, report) => sum + report.composed, 0);
    expect(total).toBe(6);
    expect(smtp.accepted).toHaveLength(6);
    expect(new Set(smtp.accepted.map((mail) => mail.messageId)).size).toBe(6);
  });

  it("a meeting email carries the invitation with the calendar feed's UID", async () => {
    const [meeting] = await withTenant(api.db, districtId, (tx) =>
      tx.query.supportMeeting.findMany({ limit: 1 }),
    );
    if (!meeting) throw new Error("no seeded meeting");
    await withTenant(api.db, districtId, (tx) =>
      notify(
        tx,
        districtId,
        {
          recipientIds: [janelleId],
          kind: "meeting_scheduled",
          title: `${meeting.title} was scheduled`,
          body: "…",
          link: { app: "coach", path: `/meetings/${meeting.id}` },
          subjectId: meeting.id,
        },
        aWeekAgo(),
      ),
    );
    clock += DAY;
    expect(await tick(clock)).toMatchObject({ sent: 1 });
    const [mail] = smtp.accepted;
    const invite = mail?.parsed.attachments.find((part) => part.contentType === "text/calendar");
    const ics = invite?.content.toString("utf8") ?? "";
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain(`UID:meeting-${meeting.id}@throughline`);
    expect(ics).toContain(`SEQUENCE:${meeting.sequence}`);
  });

  it("a digest groups a day's events into one email the next morning", async () => {
    await withTenant(api.db, districtId, (tx) =>
      tx
        .insert(notificationPreference)
        .values({ districtId, personId: mariaId, kind: "coach_comment", emailMode: "daily_digest" })
        .onConflictDoUpdate({
          target: [
            notificationPreference.districtId,
            notificationPreference.personId,
            notificationPreference.kind,
          ],
          set: { emailMode: "daily_digest" },
        }),
    );
    // Wednesday 2026-12-09 in Chicago (UTC-6): 09:00, 12:00 and 15:00.
    const times = ["2026-12-09T15:00:00Z", "2026-12-09T18:00:00Z", "2026-12-09T21:00:00Z"];
    for (const [index, time] of times.entries()) {
      await withTenant(api.db, districtId, (tx) =>
        notify(
          tx,
          districtId,
          {
            recipientIds: [mariaId],
            kind: "coach_comment",
            title: `Comment number ${index + 1}`,
            body: `Body ${index + 1}`,
            link: { app: "teacher", path: `/action-plan?stage=${stageId}#comment-${index}` },
          },
          new Date(time),
        ),
      );
    }
    for (const during of ["2026-12-09T21:30:00Z", "2026-12-10T05:59:00Z", "2026-12-10T12:59:00Z"]) {
      expect(await runWorkerTick(deps(), new Date(during))).toMatchObject({ digests: 0, sent: 0 });
    }
    expect(smtp.accepted).toHaveLength(0);

    const morning = new Date("2026-12-10T13:00:00Z");
    expect(await runWorkerTick(deps(), morning)).toMatchObject({ digests: 1, sent: 1 });
    expect(await runWorkerTick(deps(), new Date("2026-12-11T13:00:00Z"))).toMatchObject({
      digests: 0,
      sent: 0,
    });
    expect(smtp.accepted).toHaveLength(1);
    const [mail] = smtp.accepted;
    expect(mail?.parsed.subject).toBe(
      "Your Throughline digest for Wednesday, December 9: 3 updates",
    );
    const text = mail?.parsed.text ?? "";
    const positions = ["Comment number 1", "Comment number 2", "Comment number 3"].map((title) =>
      text.indexOf(title),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain(`${PUBLIC_URL}/teacher/action-plan?stage=${stageId}#comment-2`);
    expect(mail && header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  });
});

describe("reminders", () => {
  it("each tick writes the due reminders once and emails them", async () => {
    clock += DAY;
    const first = await tick(clock, { reminders: undefined });
    const again = await tick(clock, { reminders: undefined });
    expect(again.reminders).toBe(0);
    expect(first.sent + again.sent).toBe(smtp.accepted.length);
  });
});
