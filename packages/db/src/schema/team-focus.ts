import { index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { person } from "./person.ts";
import { team } from "./team.ts";

/**
 * A team's next focus as its facilitator chose it from the team profile. Rows are never
 * overwritten: the latest is the team's focus, the earlier ones its history, each with who set it.
 */
export const teamFocus = pgTable(
  "team_focus",
  {
    ...tenantColumns(),
    teamId: uuid().notNull(),
    setById: uuid().notNull(),
    /** Why the team chose it, in the facilitator's words (optional). */
    reason: text().notNull().default(""),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("team_focus_team_fk", t.districtId, t.teamId, team).onDelete("cascade"),
    tenantReference("team_focus_set_by_fk", t.districtId, t.setById, person),
    index("team_focus_team_created_idx").on(t.districtId, t.teamId, t.createdAt),
    index("team_focus_set_by_idx").on(t.districtId, t.setById),
  ],
);
