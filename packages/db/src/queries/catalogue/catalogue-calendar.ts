import type { CatalogueEventKind } from "@throughline/domain/catalogue";
import type { CatalogueEventForCalendar } from "@throughline/domain/catalogue-calendar";
import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { catalogueEvent, eventRegistration } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/*
 * A teacher's catalogue events as their calendar holds them: the ones they have a seat at (shown
 * as cancelled once the district cancels one). A seat given up leaves the feed, which removes it
 * from a subscribed calendar; its emailed invitation is withdrawn by a CANCEL of its own. A
 * waitlist place is not on the calendar: it is not a seat yet.
 */

const calendarColumns = {
  id: catalogueEvent.id,
  kind: catalogueEvent.kind,
  title: catalogueEvent.title,
  description: catalogueEvent.description,
  startsAt: catalogueEvent.startsAt,
  endsAt: catalogueEvent.endsAt,
  location: catalogueEvent.location,
  joinUrl: catalogueEvent.joinUrl,
  sequence: catalogueEvent.sequence,
  cancelledAt: catalogueEvent.cancelledAt,
  status: eventRegistration.status,
};

interface CalendarRow {
  id: string;
  kind: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  joinUrl: string | null;
  sequence: number;
  cancelledAt: Date | null;
  status: string;
}

function toCalendar(row: CalendarRow): CatalogueEventForCalendar {
  return {
    id: row.id,
    kind: row.kind as CatalogueEventKind,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    joinUrl: row.joinUrl,
    sequence: row.sequence,
    cancelled: row.cancelledAt !== null,
  };
}

const eventOfRegistration = tenantJoin(
  catalogueEvent,
  eventRegistration,
  eventRegistration.eventId,
);

/** The person's catalogue events ending after `from` (and starting before `until`, if given). */
export async function listCatalogueEventsForCalendar(
  tx: Transaction,
  window: { personId: string; from: Date; until?: Date },
): Promise<CatalogueEventForCalendar[]> {
  const rows = await tx
    .select(calendarColumns)
    .from(eventRegistration)
    .innerJoin(catalogueEvent, eventOfRegistration)
    .where(
      and(
        eq(eventRegistration.personId, window.personId),
        inArray(eventRegistration.status, ["registered", "attended"]),
        sql`${catalogueEvent.endsAt} >= ${window.from.toISOString()}::timestamptz`,
        window.until ? lt(catalogueEvent.startsAt, window.until) : undefined,
      ),
    )
    .orderBy(asc(catalogueEvent.startsAt), asc(catalogueEvent.id));
  return rows.map(toCalendar);
}

/**
 * One event as the person's invitation describes it: a seat given (REQUEST) or withdrawn
 * (CANCEL, one sequence later so it outranks the invitation). Null when they have no place at it.
 */
export async function catalogueEventForInvite(
  tx: Transaction,
  params: { eventId: string; personId: string; seat: "given" | "withdrawn" },
): Promise<CatalogueEventForCalendar | null> {
  const [row] = await tx
    .select(calendarColumns)
    .from(eventRegistration)
    .innerJoin(catalogueEvent, eventOfRegistration)
    .where(
      and(
        eq(eventRegistration.eventId, params.eventId),
        eq(eventRegistration.personId, params.personId),
      ),
    );
  if (!row) return null;
  const withdrawn = params.seat === "withdrawn";
  return {
    ...toCalendar(row),
    sequence: row.sequence + (withdrawn ? 1 : 0),
    cancelled: withdrawn,
  };
}
