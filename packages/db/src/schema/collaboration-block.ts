import { boolean, integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { team } from "./team.ts";

/**
 * Recurring protected time for a team, scheduled by a principal: the same weekday and minutes
 * every week. `overrodeWarnings` records that it was scheduled over someone's class on purpose.
 */
export const collaborationBlock = pgTable(
  "collaboration_block",
  {
    ...tenantColumns(),
    teamId: uuid().notNull(),
    weekday: smallint().notNull(),
    startMinute: integer().notNull(),
    endMinute: integer().notNull(),
    createdById: uuid().notNull(),
    overrodeWarnings: boolean().notNull().default(false),
    note: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("collaboration_block_team", t.districtId, t.teamId, team),
    tenantReference("collaboration_block_created_by_fk", t.districtId, t.createdById, person),
    tenantIndex("collaboration_block_created_by_idx", t.districtId, t.createdById),
  ],
);
