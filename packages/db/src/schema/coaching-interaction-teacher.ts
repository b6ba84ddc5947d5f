import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { coachingInteraction } from "./coaching-interaction.ts";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { person } from "./person.ts";

/** A teacher a coaching interaction was with (co-teaching or planning may take in several). */
export const coachingInteractionTeacher = pgTable(
  "coaching_interaction_teacher",
  {
    ...tenantColumns(),
    interactionId: uuid().notNull(),
    teacherId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "coaching_interaction_teacher_interaction_fk",
      t.districtId,
      t.interactionId,
      coachingInteraction,
    ).onDelete("cascade"),
    tenantReference(
      "coaching_interaction_teacher_person_fk",
      t.districtId,
      t.teacherId,
      person,
    ).onDelete("cascade"),
    unique("coaching_interaction_teacher_key").on(t.districtId, t.interactionId, t.teacherId),
    tenantIndex("coaching_interaction_teacher_person_idx", t.districtId, t.teacherId),
  ],
);
