import { sendDueInvitationReminders } from "@throughline/api/accounts/invitations";
import type { Database } from "@throughline/db/client";
import { pruneSignInAttempts } from "@throughline/db/queries/accounts/sign-in-attempts";
import type { ClaimedEmail } from "@throughline/db/queries/notifications/outbox";
import { scheduleDueReminders } from "@throughline/db/queries/reminders/reminders";
import { district } from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { unsubscribeUrl } from "../mail/render-email.ts";
import type { Mailer } from "../mail/transport.ts";
import { composeDigestEmails, composeImmediateEmails } from "./compose-emails.ts";
import { deliverDueEmails } from "./deliver-emails.ts";

/** Longer than an SMTP exchange can take with the transport's timeouts, with room to spare. */
export const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_SEND_BATCH = 50;

export interface WorkerDeps {
  db: Database;
  mailer: Mailer;
  /** The origin people reach the server at; links and `Message-ID`s use it. */
  publicUrl: string;
  /** Signs the unsubscribe links (the server's secret). */
  secret: string;
  /** `MAIL_FROM`; by default "<district> via Throughline" <no-reply@host>. */
  mailFrom?: string;
  leaseMs?: number;
  sendBatch?: number;
  /**
   * Writes the district's due reminders; `scheduleDueReminders` unless replaced (tests that
   * watch a controlled set of messages replace it; the reminder rules have tests of their own).
   */
  reminders?: typeof scheduleDueReminders;
  /** Told about a district whose step failed; the tick goes on with the next district. */
  onError?: (error: unknown, context: { districtId: string; step: string }) => void;
  /** Runs after the server took a message and before it is marked sent (tests stop here). */
  afterSend?: (email: ClaimedEmail) => void | Promise<void>;
}

interface TickReport {
  reminders: number;
  composed: number;
  digests: number;
  sent: number;
  retried: number;
  failed: number;
}

/** The address inside `MAIL_FROM` ("Name <a@b>" or "a@b"), for the invitation's organizer. */
function addressOf(from: string): string {
  return from.match(/<([^>]+)>/)?.[1] ?? from.trim();
}

/**
 * One pass of the worker at `now`, district by district: write the reminders that are due,
 * turn notifications into outbox emails (immediate ones, then finished days' digests), then
 * claim and send what is due. Each step is its own transaction, so a failure in one district
 * or step leaves the others done; the next tick picks up whatever is left.
 */
export async function runWorkerTick(deps: WorkerDeps, now: Date): Promise<TickReport> {
  const publicUrl = deps.publicUrl.replace(/\/+$/, "");
  const host = new URL(publicUrl).hostname;
  const report: TickReport = {
    reminders: 0,
    composed: 0,
    digests: 0,
    sent: 0,
    retried: 0,
    failed: 0,
  };
  const reminders = deps.reminders ?? scheduleDueReminders;
  const districts = await deps.db
    .select({ id: district.id, name: district.name, timeZone: district.timeZone })
    .from(district)
    .orderBy(district.id);

  for (const place of districts) {
    const from =
      deps.mailFrom ?? `"${place.name.replaceAll('"', "")} via Throughline" <no-reply@${host}>`;
    const context = {
      publicUrl,
      secret: deps.secret,
      districtId: place.id,
      districtName: place.name,
      timeZone: place.timeZone,
      organizer: { name: place.name, email: addressOf(from) },
    };
    const step = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
      } catch (error) {
        if (!deps.onError) throw error;
        deps.onError(error, { districtId: place.id, step: name });
      }
    };
    await step("reminders", async () => {
      report.reminders += await withTenant(deps.db, place.id, (tx) => reminders(tx, place.id, now));
    });
    await step("invitation reminders", async () => {
      report.reminders += await withTenant(deps.db, place.id, (tx) =>
        sendDueInvitationReminders(tx, { districtId: place.id, publicUrl, now }),
      );
    });
    await step("compose", async () => {
      report.composed += await withTenant(deps.db, place.id, (tx) =>
        composeImmediateEmails(tx, context, now),
      );
    });
    await step("digests", async () => {
      report.digests += await withTenant(deps.db, place.id, (tx) =>
        composeDigestEmails(tx, context, now),
      );
    });
    await step("deliver", async () => {
      const delivered = await deliverDueEmails({
        db: deps.db,
        districtId: place.id,
        mailer: deps.mailer,
        now,
        leaseMs: deps.leaseMs ?? DEFAULT_LEASE_MS,
        limit: deps.sendBatch ?? DEFAULT_SEND_BATCH,
        from,
        messageIdHost: host,
        unsubscribeUrlOf: (email) =>
          email.unsubscribeKinds.length === 0
            ? null
            : unsubscribeUrl(context, email.recipientId, email.unsubscribeKinds),
        afterSend: deps.afterSend,
      });
      report.sent += delivered.sent;
      report.retried += delivered.retried;
      report.failed += delivered.failed;
    });
  }
  try {
    // Sign-in attempts count for minutes; a day's worth is plenty to look back on.
    await pruneSignInAttempts(deps.db, { before: new Date(now.getTime() - 24 * 60 * 60_000) });
  } catch (error) {
    if (!deps.onError) throw error;
    deps.onError(error, { districtId: "", step: "prune sign-in attempts" });
  }
  return report;
}
