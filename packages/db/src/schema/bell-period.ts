import { integer, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
import { school } from "./school.ts";

/**
 * One period of a school's weekly bell schedule ("Period 1", "Lunch"): an ISO weekday and
 * minutes after midnight, so it holds every week whatever the date. The first and last bell of
 * a weekday bound the school day the common-time finder searches.
 */
export const bellPeriod = pgTable(
  "bell_period",
  {
    ...tenantColumns(),
    schoolId: uuid().notNull(),
    weekday: smallint().notNull(),
    name: text().notNull(),
    startMinute: integer().notNull(),
    endMinute: integer().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("bell_period_school", t.districtId, t.schoolId, school),
  ],
);
