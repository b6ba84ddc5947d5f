import type {
  CatalogueEventItem,
  CatalogueEventKind,
  CatalogueIndicator,
  CatalogueSessionItem,
  GradeBand,
  RegistrationStatus,
  Subject,
} from "@throughline/domain/catalogue";
import { holdsSeat } from "@throughline/domain/catalogue-rules";
import { and, asc, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  catalogueEvent,
  catalogueEventIndicator,
  eventRegistration,
  indicator,
  micropdProgress,
  micropdSession,
  sessionIndicator,
  stage,
} from "../../schema/index.ts";
import { indicatorColumns } from "../framework/framework-columns.ts";
import { progressOf } from "../micropd/progress-of.ts";
import { sameDistrict, stageOfSession, tenantJoin } from "../sql/same-district-joins.ts";

/*
 * What the catalogue lists: the district's elective MicroPD sessions with the teacher's
 * completion, and its upcoming live sessions and workshops with seats left, waitlist length and
 * the teacher's own place. The search filters are the domain's rule, applied by the caller.
 */

/** Indicators of several owners through a link table, grouped by owner id. */
async function indicatorsByOwner(
  tx: Transaction,
  link: typeof sessionIndicator | typeof catalogueEventIndicator,
  ownerIds: readonly string[],
): Promise<Map<string, CatalogueIndicator[]>> {
  const byOwner = new Map<string, CatalogueIndicator[]>();
  if (ownerIds.length === 0) return byOwner;
  const owner = "sessionId" in link ? link.sessionId : link.eventId;
  const rows = await tx
    .select({ ownerId: owner, ...indicatorColumns })
    .from(link)
    .innerJoin(indicator, tenantJoin(indicator, link, link.indicatorId))
    .where(inArray(owner, [...ownerIds]))
    .orderBy(asc(indicator.code));
  for (const { ownerId, ...found } of rows) {
    byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), found]);
  }
  return byOwner;
}

/** Every elective session of the district, with this teacher's completion. */
export async function listElectiveSessions(
  tx: Transaction,
  params: { personId: string },
): Promise<CatalogueSessionItem[]> {
  const rows = await tx
    .select({
      id: micropdSession.id,
      title: micropdSession.title,
      summary: micropdSession.summary,
      minutes: micropdSession.estimatedMinutes,
      stageTitle: stage.title,
      gradeBands: micropdSession.gradeBands,
      subjects: micropdSession.subjects,
      completedAt: micropdProgress.completedAt,
    })
    .from(micropdSession)
    .innerJoin(stage, stageOfSession)
    .leftJoin(
      micropdProgress,
      sameDistrict(
        micropdProgress,
        micropdSession,
        progressOf({ personId: params.personId, sessionId: micropdSession.id }),
      ),
    )
    .where(eq(micropdSession.elective, true))
    .orderBy(asc(micropdSession.title));
  const indicators = await indicatorsByOwner(
    tx,
    sessionIndicator,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    kind: "session",
    ...row,
    gradeBands: row.gradeBands as GradeBand[],
    subjects: row.subjects as Subject[],
    indicators: indicators.get(row.id) ?? [],
  }));
}

interface RegistrationCounts {
  seatsTaken: number;
  waitlistLength: number;
  mine: CatalogueEventItem["mine"];
}

/** Seats taken, waitlist length and one person's place, per event. */
async function registrationCounts(
  tx: Transaction,
  eventIds: readonly string[],
  personId: string,
): Promise<Map<string, RegistrationCounts>> {
  const byEvent = new Map<string, RegistrationCounts>();
  if (eventIds.length === 0) return byEvent;
  const rows = await tx
    .select({
      eventId: eventRegistration.eventId,
      personId: eventRegistration.personId,
      status: eventRegistration.status,
      waitlistPosition: eventRegistration.waitlistPosition,
    })
    .from(eventRegistration)
    .where(inArray(eventRegistration.eventId, [...eventIds]));
  for (const row of rows) {
    const counts = byEvent.get(row.eventId) ?? { seatsTaken: 0, waitlistLength: 0, mine: null };
    const status = row.status as RegistrationStatus;
    if (holdsSeat(status)) counts.seatsTaken += 1;
    if (status === "waitlisted") counts.waitlistLength += 1;
    if (row.personId === personId && status !== "cancelled") {
      counts.mine = { status, waitlistPosition: row.waitlistPosition };
    }
    byEvent.set(row.eventId, counts);
  }
  return byEvent;
}

/** The district's live sessions and workshops not cancelled and not over yet, soonest first. */
export async function listUpcomingEvents(
  tx: Transaction,
  params: { personId: string; now: Date },
): Promise<CatalogueEventItem[]> {
  const rows = await tx
    .select({
      id: catalogueEvent.id,
      kind: catalogueEvent.kind,
      title: catalogueEvent.title,
      summary: catalogueEvent.description,
      minutes: catalogueEvent.pdMinutes,
      startsAt: catalogueEvent.startsAt,
      endsAt: catalogueEvent.endsAt,
      location: catalogueEvent.location,
      joinUrl: catalogueEvent.joinUrl,
      seatLimit: catalogueEvent.seatLimit,
      gradeBands: catalogueEvent.gradeBands,
      subjects: catalogueEvent.subjects,
    })
    .from(catalogueEvent)
    .where(and(isNull(catalogueEvent.cancelledAt), gt(catalogueEvent.endsAt, params.now)))
    .orderBy(asc(catalogueEvent.startsAt), asc(catalogueEvent.id));
  const ids = rows.map((row) => row.id);
  const [indicators, counts] = await Promise.all([
    indicatorsByOwner(tx, catalogueEventIndicator, ids),
    registrationCounts(tx, ids, params.personId),
  ]);
  return rows.map((row) => {
    const count = counts.get(row.id) ?? { seatsTaken: 0, waitlistLength: 0, mine: null };
    return {
      ...row,
      kind: row.kind as CatalogueEventKind,
      gradeBands: row.gradeBands as GradeBand[],
      subjects: row.subjects as Subject[],
      indicators: indicators.get(row.id) ?? [],
      seatsLeft: Math.max(0, row.seatLimit - count.seatsTaken),
      waitlistLength: count.waitlistLength,
      mine: count.mine,
    };
  });
}
