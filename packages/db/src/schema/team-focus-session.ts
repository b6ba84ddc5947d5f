import { integer, pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { micropdSession } from "./micropd-session.ts";
import { teamFocus } from "./team-focus.ts";

/** A MicroPD session a team's focus recommends to its members, in the facilitator's order. */
export const teamFocusSession = pgTable(
  "team_focus_session",
  {
    ...tenantColumns(),
    focusId: uuid().notNull(),
    sessionId: uuid().notNull(),
    position: integer().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("team_focus_session_focus_fk", t.districtId, t.focusId, teamFocus).onDelete(
      "cascade",
    ),
    tenantReference(
      "team_focus_session_session_fk",
      t.districtId,
      t.sessionId,
      micropdSession,
    ).onDelete("cascade"),
    unique("team_focus_session_key").on(t.districtId, t.focusId, t.sessionId),
    tenantIndex("team_focus_session_session_idx", t.districtId, t.sessionId),
  ],
);
