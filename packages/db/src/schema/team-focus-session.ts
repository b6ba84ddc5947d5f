import { integer, pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
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
    ...tenantChildOf("team_focus_session_session", t.districtId, t.sessionId, micropdSession),
    unique("team_focus_session_key").on(t.districtId, t.focusId, t.sessionId),
  ],
);
