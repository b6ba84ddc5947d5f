import { addDaysToDay } from "@throughline/domain/local-time";
import type { ChecklistItemView } from "@throughline/domain/mentoring";
import { and, asc, count, eq, inArray, isNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  inductionChecklistCompletion,
  inductionChecklistItem,
  person,
} from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/*
 * The district's induction checklist and each mentee's ticks. A tick belongs to the mentee, not
 * to an assignment: a new mentor picks up where the last one left off.
 */

/**
 * The checklist as one mentee sees it: every item in use in order, each with its tick if done,
 * and a retired item only when the mentee had ticked it (their record keeps what they did).
 */
export async function checklistOf(
  tx: Transaction,
  params: { menteeId: string; startedOn: string | null },
): Promise<ChecklistItemView[]> {
  const [items, ticks] = await Promise.all([
    tx
      .select({
        id: inductionChecklistItem.id,
        title: inductionChecklistItem.title,
        description: inductionChecklistItem.description,
        position: inductionChecklistItem.position,
        dueWithinWeeks: inductionChecklistItem.dueWithinWeeks,
        retiredAt: inductionChecklistItem.retiredAt,
      })
      .from(inductionChecklistItem)
      .orderBy(asc(inductionChecklistItem.position)),
    tx
      .select({
        itemId: inductionChecklistCompletion.itemId,
        on: inductionChecklistCompletion.completedOn,
        by: { id: person.id, displayName: person.displayName },
      })
      .from(inductionChecklistCompletion)
      .innerJoin(
        person,
        tenantJoin(person, inductionChecklistCompletion, inductionChecklistCompletion.tickedById),
      )
      .where(eq(inductionChecklistCompletion.menteeId, params.menteeId)),
  ]);
  const tickOf = new Map(ticks.map((tick) => [tick.itemId, tick]));
  return items.flatMap(({ retiredAt, ...item }) => {
    const tick = tickOf.get(item.id);
    if (retiredAt !== null && !tick) return [];
    return {
      ...item,
      retired: retiredAt !== null,
      dueOn:
        item.dueWithinWeeks !== null && params.startedOn !== null
          ? addDaysToDay(params.startedOn, item.dueWithinWeeks * 7)
          : null,
      done: tick ? { on: tick.on, by: tick.by } : null,
    };
  });
}

/** How many items in use each mentee has done, and how many the checklist has in use. */
export async function checklistProgress(
  tx: Transaction,
  menteeIds: readonly string[],
): Promise<{ total: number; doneBy: Map<string, number> }> {
  const [[items], done] = await Promise.all([
    tx
      .select({ total: count() })
      .from(inductionChecklistItem)
      .where(isNull(inductionChecklistItem.retiredAt)),
    menteeIds.length === 0
      ? Promise.resolve([])
      : tx
          .select({ menteeId: inductionChecklistCompletion.menteeId, done: count() })
          .from(inductionChecklistCompletion)
          .innerJoin(
            inductionChecklistItem,
            tenantJoin(
              inductionChecklistItem,
              inductionChecklistCompletion,
              inductionChecklistCompletion.itemId,
            ),
          )
          .where(
            and(
              inArray(inductionChecklistCompletion.menteeId, [...menteeIds]),
              isNull(inductionChecklistItem.retiredAt),
            ),
          )
          .groupBy(inductionChecklistCompletion.menteeId),
  ]);
  return {
    total: items?.total ?? 0,
    doneBy: new Map(done.map((row) => [row.menteeId, row.done])),
  };
}

/** Whether the item is on the checklist in use: a retired item's ticks no longer change. */
export async function checklistItemExists(tx: Transaction, itemId: string): Promise<boolean> {
  const [found] = await tx
    .select({ id: inductionChecklistItem.id })
    .from(inductionChecklistItem)
    .where(and(eq(inductionChecklistItem.id, itemId), isNull(inductionChecklistItem.retiredAt)))
    .limit(1);
  return found !== undefined;
}

/** Ticks an item (a second tick keeps the first's day and person) or unticks it. */
export async function setChecklistTick(
  tx: Transaction,
  params: {
    districtId: string;
    menteeId: string;
    itemId: string;
    done: boolean;
    tickedById: string;
    today: string;
  },
): Promise<void> {
  if (!params.done) {
    await tx
      .delete(inductionChecklistCompletion)
      .where(
        and(
          eq(inductionChecklistCompletion.menteeId, params.menteeId),
          eq(inductionChecklistCompletion.itemId, params.itemId),
        ),
      );
    return;
  }
  await tx
    .insert(inductionChecklistCompletion)
    .values({
      districtId: params.districtId,
      menteeId: params.menteeId,
      itemId: params.itemId,
      completedOn: params.today,
      tickedById: params.tickedById,
    })
    .onConflictDoNothing();
}
