import type {
  CatalogueEventFields,
  CatalogueEventKind,
  GradeBand,
  RegistrationStatus,
  SessionCatalogueInput,
  Subject,
} from "@throughline/domain/catalogue";
import { holdsSeat } from "@throughline/domain/catalogue-rules";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  catalogueEvent,
  catalogueEventIndicator,
  eventRegistration,
  indicator,
  micropdSession,
  person,
} from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";
import type { LockedEvent } from "./event-registrations.ts";

/*
 * What a district admin writes and reads in the catalogue: which sessions are elective, the live
 * sessions and workshops, their registrations and attendance.
 */

/** A session's place in the catalogue; false when the district has no such session. */
export async function setSessionCatalogue(
  tx: Transaction,
  params: SessionCatalogueInput,
): Promise<boolean> {
  const updated = await tx
    .update(micropdSession)
    .set({
      elective: params.elective,
      // Each chosen once, in the list's own order, whatever order the form sent.
      gradeBands: [...new Set(params.gradeBands)],
      subjects: [...new Set(params.subjects)],
    })
    .where(eq(micropdSession.id, params.sessionId))
    .returning({ id: micropdSession.id });
  return updated.length > 0;
}

/** A session's catalogue fields, for the session editor; null when there is no such session. */
export async function sessionCatalogueOf(tx: Transaction, sessionId: string) {
  const [found] = await tx
    .select({
      elective: micropdSession.elective,
      gradeBands: micropdSession.gradeBands,
      subjects: micropdSession.subjects,
    })
    .from(micropdSession)
    .where(eq(micropdSession.id, sessionId));
  return found
    ? {
        elective: found.elective,
        gradeBands: found.gradeBands as GradeBand[],
        subjects: found.subjects as Subject[],
      }
    : null;
}

/** How many of the ids are indicators of the district (the rest are unknown or elsewhere). */
export async function countIndicators(tx: Transaction, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx
    .select({ id: indicator.id })
    .from(indicator)
    .where(inArray(indicator.id, [...ids]));
  return rows.length;
}

function eventValues(fields: CatalogueEventFields) {
  const { indicatorIds: _indicators, ...rest } = fields;
  return {
    ...rest,
    gradeBands: [...new Set(fields.gradeBands)],
    subjects: [...new Set(fields.subjects)],
  };
}

async function linkIndicators(
  tx: Transaction,
  params: { districtId: string; eventId: string; indicatorIds: readonly string[] },
): Promise<void> {
  await tx
    .delete(catalogueEventIndicator)
    .where(eq(catalogueEventIndicator.eventId, params.eventId));
  const ids = [...new Set(params.indicatorIds)];
  if (ids.length === 0) return;
  await tx.insert(catalogueEventIndicator).values(
    ids.map((indicatorId) => ({
      districtId: params.districtId,
      eventId: params.eventId,
      indicatorId,
    })),
  );
}

export async function createCatalogueEvent(
  tx: Transaction,
  params: { districtId: string; fields: CatalogueEventFields },
): Promise<string> {
  const [row] = await tx
    .insert(catalogueEvent)
    .values({ districtId: params.districtId, ...eventValues(params.fields) })
    .returning({ id: catalogueEvent.id });
  if (!row) throw new Error("Creating a catalogue event did not record it.");
  await linkIndicators(tx, {
    districtId: params.districtId,
    eventId: row.id,
    indicatorIds: params.fields.indicatorIds,
  });
  return row.id;
}

/** Saves the event's fields and bumps its sequence, so calendars replace their copy. */
export async function updateCatalogueEvent(
  tx: Transaction,
  params: { districtId: string; event: LockedEvent; fields: CatalogueEventFields },
): Promise<void> {
  await tx
    .update(catalogueEvent)
    .set({ ...eventValues(params.fields), sequence: sql`${catalogueEvent.sequence} + 1` })
    .where(eq(catalogueEvent.id, params.event.id));
  await linkIndicators(tx, {
    districtId: params.districtId,
    eventId: params.event.id,
    indicatorIds: params.fields.indicatorIds,
  });
}

/** Cancels the event and answers whom to tell: everyone holding a seat or a waitlist place. */
export async function cancelCatalogueEvent(
  tx: Transaction,
  params: { eventId: string; now: Date },
): Promise<string[]> {
  await tx
    .update(catalogueEvent)
    .set({ cancelledAt: params.now, sequence: sql`${catalogueEvent.sequence} + 1` })
    .where(eq(catalogueEvent.id, params.eventId));
  const rows = await tx
    .select({ personId: eventRegistration.personId })
    .from(eventRegistration)
    .where(
      and(
        eq(eventRegistration.eventId, params.eventId),
        inArray(eventRegistration.status, ["registered", "waitlisted"]),
      ),
    );
  return rows.map((row) => row.personId);
}

/** Every event of the district, newest first, with its seats taken and waitlist length. */
export async function listCatalogueEventsForAdmin(tx: Transaction) {
  const [events, counts] = await Promise.all([
    tx
      .select({
        id: catalogueEvent.id,
        title: catalogueEvent.title,
        description: catalogueEvent.description,
        kind: catalogueEvent.kind,
        startsAt: catalogueEvent.startsAt,
        endsAt: catalogueEvent.endsAt,
        location: catalogueEvent.location,
        joinUrl: catalogueEvent.joinUrl,
        seatLimit: catalogueEvent.seatLimit,
        pdMinutes: catalogueEvent.pdMinutes,
        gradeBands: catalogueEvent.gradeBands,
        subjects: catalogueEvent.subjects,
        cancelledAt: catalogueEvent.cancelledAt,
      })
      .from(catalogueEvent)
      .orderBy(desc(catalogueEvent.startsAt)),
    tx
      .select({ eventId: eventRegistration.eventId, status: eventRegistration.status })
      .from(eventRegistration),
  ]);
  const links = await tx
    .select({
      eventId: catalogueEventIndicator.eventId,
      indicatorId: catalogueEventIndicator.indicatorId,
    })
    .from(catalogueEventIndicator);
  return events.map((event) => {
    const mine = counts.filter((row) => row.eventId === event.id);
    return {
      ...event,
      kind: event.kind as CatalogueEventKind,
      gradeBands: event.gradeBands as GradeBand[],
      subjects: event.subjects as Subject[],
      indicatorIds: links.filter((l) => l.eventId === event.id).map((l) => l.indicatorId),
      seatsTaken: mine.filter((row) => holdsSeat(row.status as RegistrationStatus)).length,
      waitlistLength: mine.filter((row) => row.status === "waitlisted").length,
    };
  });
}

/** The event's registrations: seats in order of registering, then the waitlist in its order. */
export async function listEventRegistrations(tx: Transaction, eventId: string) {
  const rows = await tx
    .select({
      id: eventRegistration.id,
      personId: person.id,
      displayName: person.displayName,
      email: person.email,
      status: eventRegistration.status,
      waitlistPosition: eventRegistration.waitlistPosition,
      registeredAt: eventRegistration.registeredAt,
      promotedAt: eventRegistration.promotedAt,
      cancelledAt: eventRegistration.cancelledAt,
    })
    .from(eventRegistration)
    .innerJoin(person, tenantJoin(person, eventRegistration, eventRegistration.personId))
    .where(eq(eventRegistration.eventId, eventId))
    .orderBy(
      asc(sql`coalesce(${eventRegistration.waitlistPosition}, 0)`),
      asc(eventRegistration.registeredAt),
    );
  return rows.map((row) => ({ ...row, status: row.status as RegistrationStatus }));
}

/**
 * Records whether a seat holder attended: attending credits the event's PD minutes as they are
 * now. False when no seat holder has that registration.
 */
export async function markEventAttendance(
  tx: Transaction,
  params: { registrationId: string; attended: boolean; pdMinutes: number },
): Promise<boolean> {
  const updated = await tx
    .update(eventRegistration)
    .set(
      params.attended
        ? { status: "attended", creditedMinutes: params.pdMinutes }
        : { status: "registered", creditedMinutes: null },
    )
    .where(
      and(
        eq(eventRegistration.id, params.registrationId),
        inArray(eventRegistration.status, ["registered", "attended"]),
      ),
    )
    .returning({ id: eventRegistration.id });
  return updated.length > 0;
}

/** Whether the district has the event: a read that takes no lock, unlike `lockEvent`. */
export async function catalogueEventExists(tx: Transaction, eventId: string): Promise<boolean> {
  const [found] = await tx
    .select({ id: catalogueEvent.id })
    .from(catalogueEvent)
    .where(eq(catalogueEvent.id, eventId));
  return found !== undefined;
}

/** The event a registration belongs to; null when the district has no such registration. */
export async function eventOfRegistration(
  tx: Transaction,
  registrationId: string,
): Promise<string | null> {
  const [found] = await tx
    .select({ eventId: eventRegistration.eventId })
    .from(eventRegistration)
    .where(eq(eventRegistration.id, registrationId));
  return found?.eventId ?? null;
}
