import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
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
    tenantReference(
      "session_indicator_indicator_fk",
      t.districtId,
      t.indicatorId,
      indicator,
    ).onDelete("cascade"),
    unique("session_indicator_pair_key").on(t.districtId, t.sessionId, t.indicatorId),
    tenantIndex("session_indicator_indicator_idx", t.districtId, t.indicatorId),
  ],
);
