import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle } from "../../client.ts";
import { outboxEmail } from "../../schema/index.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor } from "../../testing.ts";
import { notify } from "./notify.ts";
import {
  claimDueEmails,
  lockImmediateEmailsDue,
  markFailed,
  markRetry,
  markSent,
  queueOutboxEmail,
} from "./outbox.ts";

describe("outbox", () => {
  let handle: DatabaseHandle;
  let districtId: string;
  let mariaId: string;
  const now = new Date("2026-11-25T16:00:00Z");
  const lease = { leaseMs: 60_000 };

  beforeAll(async () => {
    handle = await createTestDatabase({ seed: true });
    const maria = await membershipFor(handle.db, "teacher@maplevalley.test");
    districtId = maria.districtId;
    mariaId = maria.personId;
  });
  afterAll(() => handle.close());

  const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(handle.db, districtId, fn);

  function queue(subject: string, at = now) {
    return inTenant((tx) =>
      queueOutboxEmail(tx, {
        districtId,
        recipientId: mariaId,
        toAddress: "teacher@maplevalley.test",
        kind: "coach_comment",
        unsubscribeKinds: ["coach_comment"],
        subject,
        textBody: "text",
        htmlBody: "<p>html</p>",
        calendarIcs: null,
        notificationIds: [],
        now: at,
      }),
    );
  }

  test("a composed notification is linked to its email and is not offered again", async () => {
    const due = await inTenant(async (tx) => {
      await notify(
        tx,
        districtId,
        {
          recipientIds: [mariaId],
          kind: "coach_comment",
          title: "Janelle commented",
          body: "Nice",
          link: { app: "teacher", path: "/action-plan" },
        },
        now,
      );
      return lockImmediateEmailsDue(tx, { now, limit: 10 });
    });
    expect(due.map((row) => [row.title, row.recipient.email])).toEqual([
      ["Janelle commented", "teacher@maplevalley.test"],
    ]);
    const id = await inTenant(async (tx) => {
      const queued = await queueOutboxEmail(tx, {
        districtId,
        recipientId: mariaId,
        toAddress: "teacher@maplevalley.test",
        kind: "coach_comment",
        unsubscribeKinds: ["coach_comment"],
        subject: "Janelle commented",
        textBody: "text",
        htmlBody: "<p>html</p>",
        calendarIcs: null,
        notificationIds: due.map((row) => row.id),
        now,
      });
      return queued;
    });
    expect(await inTenant((tx) => lockImmediateEmailsDue(tx, { now, limit: 10 }))).toEqual([]);
    // Out of the way of the claim tests below.
    await inTenant((tx) => markSent(tx, { id, now, via: "file" }));
  });

  test("claims due messages once, with a lease; an abandoned one is claimed again", async () => {
    const ids = [await queue("one"), await queue("two"), await queue("three")];
    const later = new Date(now.getTime() + 60 * 60_000);
    await queue("not yet", later);

    const first = await inTenant((tx) => claimDueEmails(tx, { now, ...lease, limit: 2 }));
    const second = await inTenant((tx) => claimDueEmails(tx, { now, ...lease, limit: 2 }));
    const third = await inTenant((tx) => claimDueEmails(tx, { now, ...lease, limit: 2 }));
    expect([...first, ...second].map((email) => email.id).sort()).toEqual([...ids].sort());
    expect(first.map((email) => email.attempts)).toEqual([1, 1]);
    expect(third).toEqual([]);

    // The lease runs out (a worker died mid-send): another worker takes them over.
    const afterLease = new Date(now.getTime() + lease.leaseMs + 1);
    const retaken = await inTenant((tx) =>
      claimDueEmails(tx, { now: afterLease, ...lease, limit: 10 }),
    );
    const bySubject = new Map(retaken.map((email) => [email.subject, email]));
    expect([...bySubject.values()].map((email) => email.attempts)).toEqual([2, 2, 2]);

    const [one, two, three] = ["one", "two", "three"].map((subject) => bySubject.get(subject));
    await inTenant(async (tx) => {
      await markSent(tx, { id: one?.id ?? "", now: afterLease, via: "smtp" });
      await markRetry(tx, { id: two?.id ?? "", nextAttemptAt: later, error: "451 try later" });
      await markFailed(tx, { id: three?.id ?? "", error: "550 no such user" });
    });
    const rows = await inTenant((tx) =>
      tx
        .select({
          subject: outboxEmail.subject,
          status: outboxEmail.status,
          via: outboxEmail.deliveredVia,
          lastError: outboxEmail.lastError,
        })
        .from(outboxEmail)
        .where(eq(outboxEmail.recipientId, mariaId)),
    );
    expect(
      rows
        .filter((row) => row.subject !== "Janelle commented")
        .sort((a, b) => a.subject.localeCompare(b.subject)),
    ).toEqual([
      { subject: "not yet", status: "pending", via: null, lastError: null },
      { subject: "one", status: "sent", via: "smtp", lastError: null },
      { subject: "three", status: "failed", via: null, lastError: "550 no such user" },
      { subject: "two", status: "pending", via: null, lastError: "451 try later" },
    ]);

    // At the retry time the retried one and the later one are due together.
    const atRetry = await inTenant((tx) => claimDueEmails(tx, { now: later, ...lease, limit: 10 }));
    expect(atRetry.map((email) => email.subject).sort()).toEqual(["not yet", "two"]);
  });

  test("claims running at the same time never share a message", async () => {
    const ids = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => queue(`race ${n}`)));
    const at = new Date(now.getTime() + 2 * 60 * 60_000);
    const batches = await Promise.all(
      [1, 2, 3].map(() => inTenant((tx) => claimDueEmails(tx, { now: at, ...lease, limit: 3 }))),
    );
    const claimed = batches.flat().filter((email) => email.subject.startsWith("race"));
    expect(claimed.map((email) => email.id).sort()).toEqual([...ids].sort());
  });
});
