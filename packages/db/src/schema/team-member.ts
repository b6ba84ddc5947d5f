import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";
import { team } from "./team.ts";

export const teamMember = pgTable(
  "team_member",
  {
    ...tenantColumns(),
    teamId: uuid().notNull(),
    personId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("team_member_team_fk", t.districtId, t.teamId, team).onDelete("cascade"),
    ...tenantChildOf("team_member_person", t.districtId, t.personId, person),
    unique("team_member_team_person_key").on(t.districtId, t.teamId, t.personId),
  ],
);
