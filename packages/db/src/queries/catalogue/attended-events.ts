import { type CatalogueEventKind, catalogueEventKindLabels } from "@throughline/domain/catalogue";
import type { PdActivityFact } from "@throughline/domain/transcript";
import { and, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { catalogueEvent, eventRegistration } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/**
 * The catalogue events a teacher attended, as transcript lines: dated by the event's start,
 * with the minutes credited when attendance was marked. They count as workshops.
 */
export async function attendedCatalogueEvents(
  tx: Transaction,
  personId: string,
): Promise<PdActivityFact[]> {
  const rows = await tx
    .select({
      date: catalogueEvent.startsAt,
      kind: catalogueEvent.kind,
      title: catalogueEvent.title,
      minutes: eventRegistration.creditedMinutes,
      eventMinutes: catalogueEvent.pdMinutes,
    })
    .from(eventRegistration)
    .innerJoin(
      catalogueEvent,
      tenantJoin(catalogueEvent, eventRegistration, eventRegistration.eventId),
    )
    .where(and(eq(eventRegistration.personId, personId), eq(eventRegistration.status, "attended")));
  return rows.map((row) => ({
    date: row.date,
    kind: "workshop",
    title: `${catalogueEventKindLabels[row.kind as CatalogueEventKind]}: ${row.title}`,
    minutes: row.minutes ?? row.eventMinutes,
    schoolYear: null,
  }));
}
