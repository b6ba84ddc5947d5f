import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenantReference } from "./columns.ts";
import { district } from "./district.ts";
import { school } from "./school.ts";

/**
 * A big dashboard's figures as last built (`rules/dashboard-snapshot.ts` says when one is kept
 * and when it is served). One row per level: `district`, or `school:<id>` for a school's, which
 * goes with its school.
 */
export const dashboardSnapshot = pgTable(
  "dashboard_snapshot",
  {
    districtId: uuid()
      .notNull()
      .references(() => district.id),
    levelKey: text().notNull(),
    schoolId: uuid(),
    builtAt: timestamp({ withTimezone: true }).notNull(),
    /** How long the build took, for the logs and the benchmark. */
    buildMs: integer().notNull(),
    teacherCount: integer().notNull(),
    /** The dashboard as the API answers it, dates as ISO strings. */
    body: jsonb().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.levelKey] }),
    tenantReference("dashboard_snapshot_school_fk", t.districtId, t.schoolId, school).onDelete(
      "cascade",
    ),
  ],
);
