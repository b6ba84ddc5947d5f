import { and, asc, desc, eq, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district, person, personInvite, ssoProvider } from "../../schema/index.ts";
import { personOfInvite } from "../sql/same-district-joins.ts";
import { openInvite, replaceInvites } from "./invite-rows.ts";
import { personInScope, type SchoolScope } from "./people-admin-scope.ts";
import { personContactColumns } from "./person-columns.ts";

/*
 * Invitations sent by email, in bulk, and their reminders. Each email carries a fresh one-time
 * link; only the link's hash is stored (in `person_invite`, as for a link shown to an admin), so
 * a reminder cannot repeat the old link and makes a new one instead.
 */

/** How people of the district sign in, and what its emails say. */
export interface DistrictSignIn {
  name: string;
  timeZone: string;
  /** People may sign in with a password (a district on single sign-on may turn it off). */
  passwordSignIn: boolean;
  /** An identity provider is set up and passwords are off: nobody needs an invitation. */
  singleSignOnOnly: boolean;
}

export async function districtSignIn(tx: Transaction, districtId: string): Promise<DistrictSignIn> {
  const [found] = await tx
    .select({
      name: district.name,
      timeZone: district.timeZone,
      passwordSignIn: district.passwordSignIn,
      providers: sql<number>`(select count(*)::int from ${ssoProvider} where ${ssoProvider.organizationId} = ${districtId})`,
    })
    .from(district)
    .where(eq(district.id, districtId));
  if (!found) throw new Error("The district was not found.");
  return {
    name: found.name,
    timeZone: found.timeZone,
    passwordSignIn: found.passwordSignIn,
    singleSignOnOnly: !found.passwordSignIn && found.providers > 0,
  };
}

/** Active, in scope, and without a sign-in: who an invitation is for. */
function awaitingSignIn(scope: SchoolScope) {
  return and(eq(person.active, true), isNull(person.userId), personInScope(scope));
}

/** The person has had an invitation by email (any, even one since replaced). */
const everEmailed = sql`exists (
  select 1 from ${personInvite}
  where ${personInvite.districtId} = ${person.districtId}
    and ${personInvite.personId} = ${person.id}
    and ${personInvite.emailedAt} is not null
)`;

export interface NotSignedInPerson {
  id: string;
  displayName: string;
  email: string;
  /** When the first invitation by email went out; null if never emailed. */
  invitedAt: Date | null;
  /** When the last reminder went out. */
  remindedAt: Date | null;
  /** Until when the newest link works; null when there is none that still could. */
  linkExpiresAt: Date | null;
}

/** The people in scope who have not signed in yet, by name, with what was sent to them. */
export async function listNotSignedIn(
  tx: Transaction,
  params: { scope: SchoolScope; limit: number; now: Date },
): Promise<{ people: NotSignedInPerson[]; total: number; notInvited: number }> {
  const where = awaitingSignIn(params.scope);
  const [counts] = await tx
    .select({
      total: sql<number>`count(*)::int`,
      notInvited: sql<number>`(count(*) filter (where not ${everEmailed}))::int`,
    })
    .from(person)
    .where(where);
  const people = await tx
    .select(personContactColumns)
    .from(person)
    .where(where)
    .orderBy(asc(person.displayName), asc(person.id))
    .limit(params.limit);
  const ids = people.map((row) => row.id);
  const invites =
    ids.length === 0
      ? []
      : await tx
          .select({
            personId: personInvite.personId,
            emailedAt: personInvite.emailedAt,
            remindedAt: personInvite.remindedAt,
            expiresAt: personInvite.expiresAt,
            open: sql<boolean>`(${and(...openInvite())})`,
          })
          .from(personInvite)
          .where(inArray(personInvite.personId, ids))
          .orderBy(desc(personInvite.createdAt), desc(personInvite.id));
  const byPerson = new Map<string, typeof invites>();
  for (const invite of invites) {
    byPerson.set(invite.personId, [...(byPerson.get(invite.personId) ?? []), invite]);
  }
  return {
    people: people.map((row) => {
      const history = byPerson.get(row.id) ?? [];
      const emailed = history.filter((invite) => invite.emailedAt !== null);
      const newest = history[0];
      const emailedTimes = emailed.flatMap((invite) =>
        invite.emailedAt ? [invite.emailedAt] : [],
      );
      const reminders = emailed.flatMap((invite) => (invite.remindedAt ? [invite.remindedAt] : []));
      return {
        ...row,
        invitedAt: emailedTimes.reduce<Date | null>(
          (first, at) => (first === null || at < first ? at : first),
          null,
        ),
        remindedAt: reminders.reduce<Date | null>(
          (last, at) => (last === null || at > last ? at : last),
          null,
        ),
        linkExpiresAt: newest?.open && newest.expiresAt > params.now ? newest.expiresAt : null,
      };
    }),
    total: counts?.total ?? 0,
    notInvited: counts?.notInvited ?? 0,
  };
}

export interface Invitee {
  id: string;
  displayName: string;
  email: string;
}

/**
 * Who of `personIds` (or, without them, everyone never emailed) may be invited now: active, in
 * scope, without a sign-in. Anyone else in the list is left out, not refused: an admin who ticks
 * a person who signed in a moment ago needs no error.
 */
export async function findInvitees(
  tx: Transaction,
  params: { scope: SchoolScope; personIds: readonly string[] | "everyone_not_invited" },
): Promise<Invitee[]> {
  const chosen =
    params.personIds === "everyone_not_invited"
      ? sql`not ${everEmailed}`
      : inArray(person.id, [...params.personIds]);
  return tx
    .select(personContactColumns)
    .from(person)
    .where(and(awaitingSignIn(params.scope), chosen))
    .orderBy(asc(person.displayName), asc(person.id));
}

export interface EmailedInviteRow {
  personId: string;
  tokenHash: string;
  expiresAt: Date;
  /** The first invitation's time, kept through reminders so "invited when" stays true. */
  emailedAt: Date;
  remindedAt: Date | null;
}

/** New emailed links for these people; any earlier link of theirs that still works stops. */
export async function createEmailedInvites(
  tx: Transaction,
  params: { districtId: string; createdById: string; rows: readonly EmailedInviteRow[]; now: Date },
): Promise<void> {
  await replaceInvites(tx, params);
}

/** When each of these people was first invited by email (absent: never). */
export async function firstEmailedAt(
  tx: Transaction,
  personIds: readonly string[],
): Promise<Map<string, Date>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({
      personId: personInvite.personId,
      first: sql<Date>`min(${personInvite.emailedAt})`.mapWith(personInvite.emailedAt),
    })
    .from(personInvite)
    .where(and(inArray(personInvite.personId, [...personIds]), isNotNull(personInvite.emailedAt)))
    .groupBy(personInvite.personId);
  return new Map(rows.map((row) => [row.personId, row.first]));
}

export interface InviteDueForReminder {
  inviteId: string;
  personId: string;
  createdById: string;
  emailedAt: Date;
  displayName: string;
  email: string;
}

/**
 * Emailed invitations still not accepted after `emailedBefore` that were never reminded, for
 * people who still have no sign-in. Locked with SKIP LOCKED: a second worker passes them over,
 * and once the first commits they are revoked and no longer match.
 */
export async function lockInvitesDueForReminder(
  tx: Transaction,
  params: { emailedBefore: Date; limit: number },
): Promise<InviteDueForReminder[]> {
  return tx
    .select({
      inviteId: personInvite.id,
      personId: personInvite.personId,
      createdById: personInvite.createdById,
      emailedAt: sql<Date>`${personInvite.emailedAt}`.mapWith(personInvite.emailedAt),
      displayName: person.displayName,
      email: person.email,
    })
    .from(personInvite)
    .innerJoin(person, personOfInvite)
    .where(
      and(
        isNotNull(personInvite.emailedAt),
        lte(personInvite.emailedAt, params.emailedBefore),
        isNull(personInvite.remindedAt),
        ...openInvite(),
        eq(person.active, true),
        isNull(person.userId),
      ),
    )
    .orderBy(asc(personInvite.emailedAt), asc(personInvite.id))
    .limit(params.limit)
    .for("update", { of: personInvite, skipLocked: true });
}
