import type { EmailMode, NotificationKind } from "@throughline/domain/enums";
import { type NotificationLink, notificationKinds } from "@throughline/domain/notification";
import { emailAllowedAfter } from "@throughline/domain/rules/quiet-hours";
import { and, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district, notification, notificationPreference, person } from "../../schema/index.ts";

/** What an event tells its recipients; one notification row is written per recipient. */
export interface NotificationDraft {
  recipientIds: readonly string[];
  kind: NotificationKind;
  title: string;
  body: string;
  link: NotificationLink;
  /** The meeting, step, observation… it is about (a meeting's invitation is built from it). */
  subjectId?: string | null;
  /** For scheduled reminders: a second row with the same key for the same person is skipped. */
  dedupeKey?: string | null;
}

/**
 * The transactional outbox's write side: call it inside the transaction of the event, so a
 * rolled-back event tells no one and a committed one always does. Each recipient's email
 * choice for the kind is fixed now, and an immediate email waits for the end of their quiet
 * hours. Inactive people are skipped. Returns how many notifications were written.
 */
export async function notify(
  tx: Transaction,
  districtId: string,
  draft: NotificationDraft,
  now: Date = new Date(),
): Promise<number> {
  const recipientIds = [...new Set(draft.recipientIds)];
  if (recipientIds.length === 0) return 0;
  const [people, preferences, [place]] = await Promise.all([
    tx
      .select({
        id: person.id,
        emailEvenings: person.emailEvenings,
        emailWeekends: person.emailWeekends,
      })
      .from(person)
      .where(and(inArray(person.id, recipientIds), eq(person.active, true))),
    tx
      .select({ personId: notificationPreference.personId, mode: notificationPreference.emailMode })
      .from(notificationPreference)
      .where(
        and(
          inArray(notificationPreference.personId, recipientIds),
          eq(notificationPreference.kind, draft.kind),
        ),
      ),
    tx.select({ timeZone: district.timeZone }).from(district).where(eq(district.id, districtId)),
  ]);
  if (people.length === 0) return 0;
  const chosen = new Map(preferences.map((row) => [row.personId, row.mode]));
  const timeZone = place?.timeZone ?? "UTC";
  const rows = people.map((recipient) => {
    const emailMode: EmailMode =
      chosen.get(recipient.id) ?? notificationKinds[draft.kind].defaultEmail;
    return {
      districtId,
      recipientId: recipient.id,
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      linkApp: draft.link.app,
      linkPath: draft.link.path,
      subjectId: draft.subjectId ?? null,
      dedupeKey: draft.dedupeKey ?? null,
      emailMode,
      emailAfter: emailMode === "immediate" ? emailAllowedAfter(now, timeZone, recipient) : null,
      createdAt: now,
    };
  });
  const written = await tx
    .insert(notification)
    .values(rows)
    .onConflictDoNothing({
      target: [notification.districtId, notification.recipientId, notification.dedupeKey],
    })
    .returning({ id: notification.id });
  return written.length;
}
