import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { coachingInteraction } from "./coaching-interaction.ts";
import {
  tenantChildOf,
  tenantColumns,
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
    ...tenantChildOf("coaching_interaction_teacher_person", t.districtId, t.teacherId, person),
    unique("coaching_interaction_teacher_key").on(t.districtId, t.interactionId, t.teacherId),
  ],
);
