import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";
import { micropdSession } from "./micropd-session.ts";

/** Which indicators a MicroPD session addresses (used for recommendations). */
export const sessionIndicator = pgTable(
  "session_indicator",
  {
    ...tenantColumns(),
    sessionId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "session_indicator_session_fk",
      t.districtId,
      t.sessionId,
      micropdSession,
    ).onDelete("cascade"),
    ...tenantChildOf("session_indicator_indicator", t.districtId, t.indicatorId, indicator),
    unique("session_indicator_pair_key").on(t.districtId, t.sessionId, t.indicatorId),
  ],
);
