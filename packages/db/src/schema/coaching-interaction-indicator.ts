import { pgTable, unique, uuid } from "drizzle-orm/pg-core";
import { coachingInteraction } from "./coaching-interaction.ts";
import {
  tenantChildOf,
  tenantColumns,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { indicator } from "./indicator.ts";

/** An indicator a coaching interaction worked on. Coaching content, like the note. */
export const coachingInteractionIndicator = pgTable(
  "coaching_interaction_indicator",
  {
    ...tenantColumns(),
    interactionId: uuid().notNull(),
    indicatorId: uuid().notNull(),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "coaching_interaction_indicator_interaction_fk",
      t.districtId,
      t.interactionId,
      coachingInteraction,
    ).onDelete("cascade"),
    ...tenantChildOf(
      "coaching_interaction_indicator_indicator",
      t.districtId,
      t.indicatorId,
      indicator,
    ),
    unique("coaching_interaction_indicator_key").on(t.districtId, t.interactionId, t.indicatorId),
  ],
);
