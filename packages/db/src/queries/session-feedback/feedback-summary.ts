import type { ValueCounts } from "@throughline/domain/rules/session-feedback-figures";
import type { FeedbackItemKind, WillUse } from "@throughline/domain/session-feedback";
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { sessionFeedback } from "../../schema/index.ts";

/*
 * Feedback counted per item: the answers to each question and how many teachers responded or
 * skipped. The counts are what the rules in `@throughline/domain/rules/session-feedback-figures`
 * turn into a spread, a mean, a will-use share and a revision flag. Read by the framework
 * author's page and by reports over a group of teachers (a school, a cohort, a stage's teachers).
 */

interface ItemFeedbackCounts {
  itemId: string;
  usefulness: ValueCounts;
  willUse: Record<WillUse, number>;
  /** Teachers who answered a question or wrote a comment. */
  responses: number;
  skipped: number;
}

interface FeedbackSummaryFilter {
  itemKind: FeedbackItemKind;
  /** Only these items; all items of the kind when left out. */
  itemIds?: readonly string[];
  /** Only feedback from these teachers (a school's, a cohort's); everyone's when left out. */
  personIds?: readonly string[];
  /** Only feedback given in [from, to). */
  from?: Date;
  to?: Date;
}

const answered = sql`(${sessionFeedback.usefulness} is not null or ${sessionFeedback.willUse} is not null or ${sessionFeedback.comment} is not null)`;

function countWhere(condition: ReturnType<typeof sql>) {
  return sql<number>`count(*) filter (where ${condition})`.mapWith(Number);
}

/** Per item of one kind, the feedback of the teachers and period asked for. */
export async function summariseFeedback(
  tx: Transaction,
  filter: FeedbackSummaryFilter,
): Promise<ItemFeedbackCounts[]> {
  if (filter.itemIds?.length === 0 || filter.personIds?.length === 0) return [];
  const rows = await tx
    .select({
      itemId: sessionFeedback.itemId,
      useful1: countWhere(sql`${sessionFeedback.usefulness} = 1`),
      useful2: countWhere(sql`${sessionFeedback.usefulness} = 2`),
      useful3: countWhere(sql`${sessionFeedback.usefulness} = 3`),
      useful4: countWhere(sql`${sessionFeedback.usefulness} = 4`),
      yes: countWhere(sql`${sessionFeedback.willUse} = 'yes'`),
      notYet: countWhere(sql`${sessionFeedback.willUse} = 'not_yet'`),
      no: countWhere(sql`${sessionFeedback.willUse} = 'no'`),
      responses: countWhere(answered),
      skipped: countWhere(sql`${sessionFeedback.skippedAt} is not null and not ${answered}`),
    })
    .from(sessionFeedback)
    .where(
      and(
        eq(sessionFeedback.itemKind, filter.itemKind),
        filter.itemIds ? inArray(sessionFeedback.itemId, [...filter.itemIds]) : undefined,
        filter.personIds ? inArray(sessionFeedback.personId, [...filter.personIds]) : undefined,
        filter.from ? gte(sessionFeedback.createdAt, filter.from) : undefined,
        filter.to ? lt(sessionFeedback.createdAt, filter.to) : undefined,
      ),
    )
    .groupBy(sessionFeedback.itemId);
  return rows.map((row) => ({
    itemId: row.itemId,
    usefulness: [
      { value: 1, count: row.useful1 },
      { value: 2, count: row.useful2 },
      { value: 3, count: row.useful3 },
      { value: 4, count: row.useful4 },
    ],
    willUse: { yes: row.yes, not_yet: row.notYet, no: row.no },
    responses: row.responses,
    skipped: row.skipped,
  }));
}

/** Feedback on no item yet: what an item nobody answered shows. */
export function noFeedbackCounts(itemId: string): ItemFeedbackCounts {
  return {
    itemId,
    usefulness: [],
    willUse: { yes: 0, not_yet: 0, no: 0 },
    responses: 0,
    skipped: 0,
  };
}
