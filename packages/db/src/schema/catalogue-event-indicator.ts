import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { catalogueEvent } from "./catalogue-event.ts";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
import { indicator } from "./indicator.ts";

/** Which indicators a catalogue event addresses (what the catalogue is searched by). */
export const catalogueEventIndicator = pgTable(
  "catalogue_event_indicator",
  {
    ...tenantColumns(),
    eventId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("catalogue_event_indicator_event", t.districtId, t.eventId, catalogueEvent),
    ...tenantChildOf("catalogue_event_indicator_indicator", t.districtId, t.indicatorId, indicator),
    unique("catalogue_event_indicator_pair_key").on(t.districtId, t.eventId, t.indicatorId),
  ],
);
