import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";
import { teamFocus } from "./team-focus.ts";

/** An indicator a team's focus is on. */
export const teamFocusIndicator = pgTable(
  "team_focus_indicator",
  {
    ...tenantColumns(),
    focusId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("team_focus_indicator_focus_fk", t.districtId, t.focusId, teamFocus).onDelete(
      "cascade",
    ),
    ...tenantChildOf("team_focus_indicator_indicator", t.districtId, t.indicatorId, indicator),
    unique("team_focus_indicator_key").on(t.districtId, t.focusId, t.indicatorId),
  ],
);
