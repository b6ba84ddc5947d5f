import type { FeedbackItemKind } from "@throughline/domain/session-feedback";
import { type AnyColumn, notExists, type Placeholder, type SQL, sql } from "drizzle-orm";
import { sessionFeedback } from "../../schema/index.ts";

/*
 * What the pulse (`finished-items.ts`) and the home's list (`pending-items.ts`) both ask of a
 * finished item: its kind as a value of the enum, and whether the teacher already gave feedback.
 */

/** The item kind as a literal of the enum, written into the text (a fixed value, never bound). */
export function kindLiteral(kind: FeedbackItemKind): SQL<FeedbackItemKind> {
  return sql<FeedbackItemKind>`${sql.raw(`'${kind}'`)}::feedback_item_kind`;
}

/**
 * No feedback row (answered or skipped) of the teacher on this item, looked up by
 * `session_feedback_item_person_key`. `row` is the item's row, for its district.
 */
export function noFeedback(
  kind: FeedbackItemKind,
  row: { districtId: AnyColumn },
  itemId: AnyColumn,
  personId: AnyColumn | Placeholder,
): SQL {
  return notExists(
    sql`(select 1 from ${sessionFeedback} where ${sessionFeedback.districtId} = ${row.districtId} and ${sessionFeedback.itemKind} = ${kindLiteral(kind)} and ${sessionFeedback.itemId} = ${itemId} and ${sessionFeedback.personId} = ${personId})`,
  );
}
