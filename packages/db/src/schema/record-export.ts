import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
import { exportStatusEnum } from "./enums.ts";
import { person } from "./person.ts";

/** A teacher's "Download my record" ZIP, built in the background; progress is 0–100. */
export const recordExport = pgTable(
  "record_export",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    status: exportStatusEnum().notNull().default("queued"),
    progress: integer().notNull().default(0),
    /** What the builder is doing now, for the progress line ("Adding action plans"). */
    step: text().notNull().default(""),
    storageKey: text(),
    sizeBytes: integer(),
    error: text(),
    finishedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("record_export_person", t.districtId, t.personId, person),
  ],
);
