import type { EmailMode, NotificationKind, Role } from "@throughline/domain/enums";
import {
  type NotificationKindInfo,
  type NotificationPreferences,
  notificationKinds,
} from "@throughline/domain/notification";
import { eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district, notificationPreference, person } from "../../schema/index.ts";

type Audience = NotificationKindInfo["audience"];

/**
 * Which audiences a person belongs to: teachers get teacher kinds, coaches and teacher leaders
 * who facilitate a team get coach kinds, principals and district admins get principal kinds.
 */
export function audiencesOf(who: {
  roles: readonly { role: Role }[];
  facilitatesTeam: boolean;
}): Set<Audience> {
  const audiences = new Set<Audience>();
  for (const { role } of who.roles) {
    if (role === "teacher") audiences.add("teacher");
    if (role === "coach") audiences.add("coach");
    if (role === "principal" || role === "district_admin") audiences.add("principal");
  }
  if (who.facilitatesTeam) audiences.add("coach");
  return audiences;
}

/** The kinds of notification a person with these audiences can receive, in catalogue order. */
export function kindsFor(audiences: ReadonlySet<Audience>): NotificationKind[] {
  return (Object.keys(notificationKinds) as NotificationKind[]).filter((kind) =>
    audiences.has(notificationKinds[kind].audience),
  );
}

/** The person's email choices for every kind they can receive (their row, else the default). */
export async function loadNotificationPreferences(
  tx: Transaction,
  params: { personId: string; audiences: ReadonlySet<Audience> },
): Promise<NotificationPreferences> {
  const [[who], chosenRows] = await Promise.all([
    tx
      .select({
        emailEvenings: person.emailEvenings,
        emailWeekends: person.emailWeekends,
        timeZone: district.timeZone,
      })
      .from(person)
      .innerJoin(district, eq(district.id, person.districtId))
      .where(eq(person.id, params.personId))
      .limit(1),
    tx
      .select({ kind: notificationPreference.kind, emailMode: notificationPreference.emailMode })
      .from(notificationPreference)
      .where(eq(notificationPreference.personId, params.personId)),
  ]);
  const chosen = new Map(chosenRows.map((row) => [row.kind, row.emailMode]));
  return {
    kinds: kindsFor(params.audiences).map((kind) => ({
      kind,
      label: notificationKinds[kind].label,
      description: notificationKinds[kind].description,
      emailMode: chosen.get(kind) ?? notificationKinds[kind].defaultEmail,
    })),
    emailEvenings: who?.emailEvenings ?? false,
    emailWeekends: who?.emailWeekends ?? false,
    timeZone: who?.timeZone ?? "UTC",
  };
}

/**
 * Saves the person's choices. The caller has checked that every kind is one they can receive;
 * kinds left out keep their current mode.
 */
export async function saveNotificationPreferences(
  tx: Transaction,
  params: {
    districtId: string;
    personId: string;
    emailModes: Partial<Record<NotificationKind, EmailMode>>;
    emailEvenings: boolean;
    emailWeekends: boolean;
  },
): Promise<void> {
  const rows = Object.entries(params.emailModes).flatMap(([kind, emailMode]) =>
    emailMode
      ? [
          {
            districtId: params.districtId,
            personId: params.personId,
            kind: kind as NotificationKind,
            emailMode,
          },
        ]
      : [],
  );
  if (rows.length > 0) {
    await tx
      .insert(notificationPreference)
      .values(rows)
      .onConflictDoUpdate({
        target: [
          notificationPreference.districtId,
          notificationPreference.personId,
          notificationPreference.kind,
        ],
        set: { emailMode: sql`excluded.email_mode`, updatedAt: new Date() },
      });
  }
  await tx
    .update(person)
    .set({ emailEvenings: params.emailEvenings, emailWeekends: params.emailWeekends })
    .where(eq(person.id, params.personId));
}
