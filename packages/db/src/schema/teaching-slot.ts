import { teachingSlotSources } from "@throughline/domain/collaboration";
import { integer, pgEnum, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { tenantChildOf, tenantColumns, tenantPrimaryKey, timestamps } from "./columns.ts";
import { person } from "./person.ts";
import { school } from "./school.ts";

export const teachingSlotSourceEnum = pgEnum("teaching_slot_source", teachingSlotSources);

/**
 * A class a teacher teaches every week at a school: the time they are not free for common
 * time. Entered by hand or taken from a OneRoster class (then `classSourcedId` names it, so a
 * later import replaces it without touching the hand-entered ones).
 */
export const teachingSlot = pgTable(
  "teaching_slot",
  {
    ...tenantColumns(),
    personId: uuid().notNull(),
    schoolId: uuid().notNull(),
    weekday: smallint().notNull(),
    startMinute: integer().notNull(),
    endMinute: integer().notNull(),
    label: text().notNull(),
    source: teachingSlotSourceEnum().notNull().default("manual"),
    classSourcedId: text(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    ...tenantChildOf("teaching_slot_person", t.districtId, t.personId, person),
    ...tenantChildOf("teaching_slot_school", t.districtId, t.schoolId, school),
  ],
);
