import type { FeedbackItemKind, WillUse } from "@throughline/domain/session-feedback";
import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { sessionFeedback } from "../../schema/index.ts";

/*
 * A teacher's own pulse on one item: read, answered question by question, or skipped. One row
 * per item and person (the table's unique key), so the pulse is asked once.
 */

interface FeedbackItemOfPerson {
  personId: string;
  itemKind: FeedbackItemKind;
  itemId: string;
}

interface SavedFeedback {
  usefulness: number | null;
  willUse: WillUse | null;
  comment: string | null;
  skippedAt: Date | null;
}

const itemKey = [
  sessionFeedback.districtId,
  sessionFeedback.itemKind,
  sessionFeedback.itemId,
  sessionFeedback.personId,
];

function rowOf(params: FeedbackItemOfPerson) {
  return and(
    eq(sessionFeedback.personId, params.personId),
    eq(sessionFeedback.itemKind, params.itemKind),
    eq(sessionFeedback.itemId, params.itemId),
  );
}

/** The key columns of a new answer row: the person's, on the item, in their district. */
function newRowOf(params: FeedbackItemOfPerson & { districtId: string }) {
  return {
    districtId: params.districtId,
    personId: params.personId,
    itemKind: params.itemKind,
    itemId: params.itemId,
  };
}

const savedColumns = {
  usefulness: sessionFeedback.usefulness,
  willUse: sessionFeedback.willUse,
  comment: sessionFeedback.comment,
  skippedAt: sessionFeedback.skippedAt,
};

export async function findFeedback(
  tx: Transaction,
  params: FeedbackItemOfPerson,
): Promise<SavedFeedback | null> {
  const [row] = await tx.select(savedColumns).from(sessionFeedback).where(rowOf(params)).limit(1);
  return row ?? null;
}

/**
 * Saves the answers given (left-out ones keep their value) in one statement, so two taps at
 * once still leave one row. Answering after a skip counts: the skip is cleared.
 */
export async function saveFeedbackAnswer(
  tx: Transaction,
  params: FeedbackItemOfPerson & {
    districtId: string;
    usefulness?: number;
    willUse?: WillUse;
    comment?: string | null;
  },
): Promise<SavedFeedback> {
  const set: Partial<typeof sessionFeedback.$inferInsert> = { skippedAt: null };
  if (params.usefulness !== undefined) set.usefulness = params.usefulness;
  if (params.willUse !== undefined) set.willUse = params.willUse;
  if (params.comment !== undefined) set.comment = params.comment;
  const [row] = await tx
    .insert(sessionFeedback)
    .values({
      ...newRowOf(params),
      usefulness: params.usefulness ?? null,
      willUse: params.willUse ?? null,
      comment: params.comment ?? null,
    })
    .onConflictDoUpdate({ target: itemKey, set })
    .returning(savedColumns);
  if (!row) throw new Error("Saving feedback returned no row.");
  return row;
}

/**
 * Records that the teacher chose not to answer, so they are not asked again. A pulse already
 * answered stays answered: the skip only lands on an item with no answer yet.
 */
export async function skipFeedback(
  tx: Transaction,
  params: FeedbackItemOfPerson & { districtId: string; now: Date },
): Promise<SavedFeedback> {
  await tx
    .insert(sessionFeedback)
    .values({
      ...newRowOf(params),
      skippedAt: params.now,
    })
    .onConflictDoUpdate({
      target: itemKey,
      set: { skippedAt: params.now },
      setWhere: sql`${sessionFeedback.usefulness} is null and ${sessionFeedback.willUse} is null and ${sessionFeedback.comment} is null`,
    });
  const saved = await findFeedback(tx, params);
  if (!saved) throw new Error("Skipping feedback left no row.");
  return saved;
}
