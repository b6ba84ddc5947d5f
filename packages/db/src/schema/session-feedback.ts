import { feedbackItemKinds, willUseAnswers } from "@throughline/domain/session-feedback";
import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { tenantColumns, tenantPrimaryKey, tenantReference, timestamps } from "./columns.ts";
import { person } from "./person.ts";

export const feedbackItemKindEnum = pgEnum("feedback_item_kind", feedbackItemKinds);
export const willUseEnum = pgEnum("will_use", willUseAnswers);

/**
 * A teacher's pulse on one MicroPD session, workshop or support meeting: how useful it was, whether
 * they will use it in class this week, and an optional comment. One row per item and person, so
 * the pulse is asked once; a skip is a row with `skipped_at` and no answers.
 *
 * `item_id` names a micropd_session, a cohort (its workshop) or a support_meeting by `item_kind`,
 * so it has no foreign key; rows of a deleted item are left out by the joins that read them.
 */
export const sessionFeedback = pgTable(
  "session_feedback",
  {
    ...tenantColumns(),
    itemKind: feedbackItemKindEnum().notNull(),
    itemId: uuid().notNull(),
    personId: uuid().notNull(),
    /** 1 not useful … 4 very useful; null until answered (or when skipped). */
    usefulness: smallint(),
    willUse: willUseEnum(),
    comment: text(),
    skippedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference("session_feedback_person_fk", t.districtId, t.personId, person).onDelete(
      "cascade",
    ),
    // Asked once: also the index for "the feedback on this item".
    unique("session_feedback_item_person_key").on(t.districtId, t.itemKind, t.itemId, t.personId),
    // The teacher's home asks which of their recent items they already answered.
    index("session_feedback_person_idx").on(t.districtId, t.personId),
    check("session_feedback_usefulness_range", sql`${t.usefulness} between 1 and 4`),
  ],
);
