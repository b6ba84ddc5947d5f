import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
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
    tenantReference(
      "team_focus_indicator_indicator_fk",
      t.districtId,
      t.indicatorId,
      indicator,
    ).onDelete("cascade"),
    unique("team_focus_indicator_key").on(t.districtId, t.focusId, t.indicatorId),
    tenantIndex("team_focus_indicator_indicator_idx", t.districtId, t.indicatorId),
  ],
);
