import { pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { cohort } from "./cohort.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { micropdSession } from "./micropd-session.ts";

/** When a dated cohort opens a MicroPD session; self-paced cohorts have no rows here. */
export const sessionRelease = pgTable(
  "session_release",
  {
    ...tenantColumns(),
    cohortId: uuid().notNull(),
    sessionId: uuid().notNull(),
    releasesAt: timestamp({ withTimezone: true }).notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("session_release_cohort_fk", t.districtId, t.cohortId, cohort).onDelete(
      "cascade",
    ),
    ...tenantChildOf("session_release_session", t.districtId, t.sessionId, micropdSession),
    unique("session_release_cohort_session_key").on(t.districtId, t.cohortId, t.sessionId),
  ],
);
