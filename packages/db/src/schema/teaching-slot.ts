import { teachingSlotSources } from "@throughline/domain/collaboration";
import { integer, pgEnum, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
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
    tenantReference("teaching_slot_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    tenantReference("teaching_slot_school_fk", t.districtId, t.schoolId, school).onDelete(
      "cascade",
    ),
    tenantIndex("teaching_slot_person_idx", t.districtId, t.personId),
    tenantIndex("teaching_slot_school_idx", t.districtId, t.schoolId),
  ],
);
