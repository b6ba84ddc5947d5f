import type { CatalogueEventKind, RegistrationStatus } from "@throughline/domain/catalogue";
import { placeForRegistration, promotionsFor } from "@throughline/domain/catalogue-rules";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { catalogueEvent, eventRegistration } from "../../schema/index.ts";

/*
 * Seats and the waitlist. Every write here first locks the event's row (`for update`), so two
 * teachers registering for the last seat at once are served one after the other: the first gets
 * the seat, the second reads it taken and joins the waitlist.
 */

export interface LockedEvent {
  id: string;
  kind: CatalogueEventKind;
  title: string;
  startsAt: Date;
  seatLimit: number;
  pdMinutes: number;
  endsAt: Date;
  cancelledAt: Date | null;
}

/** The event, locked until the transaction ends; null when the district has no such event. */
export async function lockEvent(tx: Transaction, eventId: string): Promise<LockedEvent | null> {
  const [found] = await tx
    .select({
      id: catalogueEvent.id,
      kind: catalogueEvent.kind,
      title: catalogueEvent.title,
      startsAt: catalogueEvent.startsAt,
      seatLimit: catalogueEvent.seatLimit,
      pdMinutes: catalogueEvent.pdMinutes,
      endsAt: catalogueEvent.endsAt,
      cancelledAt: catalogueEvent.cancelledAt,
    })
    .from(catalogueEvent)
    .where(eq(catalogueEvent.id, eventId))
    .for("update");
  return found ? { ...found, kind: found.kind as CatalogueEventKind } : null;
}

interface RegistrationRow {
  id: string;
  personId: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  registeredAt: Date;
}

async function registrationsOf(tx: Transaction, eventId: string): Promise<RegistrationRow[]> {
  const rows = await tx
    .select({
      id: eventRegistration.id,
      personId: eventRegistration.personId,
      status: eventRegistration.status,
      waitlistPosition: eventRegistration.waitlistPosition,
      registeredAt: eventRegistration.registeredAt,
    })
    .from(eventRegistration)
    .where(eq(eventRegistration.eventId, eventId));
  return rows.map((row) => ({ ...row, status: row.status as RegistrationStatus }));
}

function seatsTakenIn(rows: readonly RegistrationRow[]): number {
  return rows.filter((row) => row.status === "registered" || row.status === "attended").length;
}

/** Numbers the waitlist 1, 2, 3… again in its order, after someone left it. */
async function closeWaitlistGaps(tx: Transaction, eventId: string): Promise<void> {
  await tx.execute(sql`
    update ${eventRegistration} as r set waitlist_position = ordered.place
    from (
      select id, row_number() over (order by waitlist_position, registered_at, id) as place
      from ${eventRegistration}
      where event_id = ${eventId} and status = 'waitlisted'
    ) as ordered
    where r.id = ordered.id and r.waitlist_position is distinct from ordered.place`);
}

/**
 * Gives the event's free seats to the first people on its waitlist (first come, first served)
 * and answers who was promoted. The caller holds the event's lock.
 */
export async function fillFreedSeats(
  tx: Transaction,
  event: Pick<LockedEvent, "id" | "seatLimit">,
  now: Date,
): Promise<string[]> {
  const rows = await registrationsOf(tx, event.id);
  const waitlist = rows.flatMap((row) =>
    row.status === "waitlisted" && row.waitlistPosition !== null
      ? [{ ...row, waitlistPosition: row.waitlistPosition }]
      : [],
  );
  const promoted = promotionsFor(waitlist, event.seatLimit - seatsTakenIn(rows));
  if (promoted.length === 0) return [];
  await tx
    .update(eventRegistration)
    .set({ status: "registered", waitlistPosition: null, promotedAt: now })
    .where(
      inArray(
        eventRegistration.id,
        promoted.map((row) => row.id),
      ),
    );
  await closeWaitlistGaps(tx, event.id);
  return promoted.map((row) => row.personId);
}

interface RegistrationOutcome {
  registrationId: string;
  status: RegistrationStatus;
  waitlistPosition: number | null;
  /** False when the person already held this place: nothing changed, nothing to send. */
  changed: boolean;
}

/**
 * Registers the person: a seat while one is free, else the end of the waitlist. Registering
 * again while registered or waitlisted changes nothing; after cancelling, it starts afresh
 * (at the end of the line). The caller holds the event's lock.
 */
export async function registerForEvent(
  tx: Transaction,
  params: { districtId: string; personId: string; event: LockedEvent; now: Date },
): Promise<RegistrationOutcome> {
  const rows = await registrationsOf(tx, params.event.id);
  const own = rows.find((row) => row.personId === params.personId);
  if (own && own.status !== "cancelled") {
    return {
      registrationId: own.id,
      status: own.status,
      waitlistPosition: own.waitlistPosition,
      changed: false,
    };
  }
  const place = placeForRegistration({
    seatLimit: params.event.seatLimit,
    seatsTaken: seatsTakenIn(rows),
    waitlistLength: rows.filter((row) => row.status === "waitlisted").length,
  });
  const values = {
    status: place.status,
    waitlistPosition: place.waitlistPosition,
    registeredAt: params.now,
    promotedAt: null,
    cancelledAt: null,
    creditedMinutes: null,
  };
  const [row] = await tx
    .insert(eventRegistration)
    .values({
      districtId: params.districtId,
      eventId: params.event.id,
      personId: params.personId,
      ...values,
    })
    .onConflictDoUpdate({
      target: [eventRegistration.districtId, eventRegistration.personId, eventRegistration.eventId],
      set: values,
    })
    .returning({ id: eventRegistration.id });
  if (!row) throw new Error("Registering for an event did not record the registration.");
  return { registrationId: row.id, ...place, changed: true };
}

type CancelOutcome =
  | { kind: "not_registered" }
  | { kind: "attended" }
  | { kind: "cancelled"; heldSeat: boolean; promotedPersonIds: string[] };

/**
 * Cancels the person's seat or waitlist place. A freed seat goes at once to the first person
 * waiting, whom the caller tells. The caller holds the event's lock.
 */
export async function cancelRegistration(
  tx: Transaction,
  params: { personId: string; event: LockedEvent; now: Date },
): Promise<CancelOutcome> {
  const [own] = await tx
    .select({ id: eventRegistration.id, status: eventRegistration.status })
    .from(eventRegistration)
    .where(
      and(
        eq(eventRegistration.eventId, params.event.id),
        eq(eventRegistration.personId, params.personId),
      ),
    );
  if (!own || own.status === "cancelled") return { kind: "not_registered" };
  if (own.status === "attended") return { kind: "attended" };
  await tx
    .update(eventRegistration)
    .set({ status: "cancelled", waitlistPosition: null, cancelledAt: params.now })
    .where(eq(eventRegistration.id, own.id));
  const heldSeat = own.status === "registered";
  const promotedPersonIds = heldSeat ? await fillFreedSeats(tx, params.event, params.now) : [];
  if (!heldSeat) await closeWaitlistGaps(tx, params.event.id);
  return { kind: "cancelled", heldSeat, promotedPersonIds };
}
