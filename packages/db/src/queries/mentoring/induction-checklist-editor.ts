import type { EditableChecklistItem } from "@throughline/domain/induction-checklist";
import { and, asc, count, desc, eq, gt, isNull, lt, max, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { inductionChecklistCompletion, inductionChecklistItem } from "../../schema/index.ts";

/*
 * The district admin's editor of the induction checklist. Positions are unique per district,
 * so a swap goes through a free (negative) position; retiring only stamps the row, so every
 * tick it had stays where the mentee's record reads it.
 */

/** Every item, those in use first in their order, then the retired ones. */
export async function editableChecklist(tx: Transaction): Promise<EditableChecklistItem[]> {
  const completions = tx
    .select({ itemId: inductionChecklistCompletion.itemId, done: count().as("done") })
    .from(inductionChecklistCompletion)
    .groupBy(inductionChecklistCompletion.itemId)
    .as("completions");
  const rows = await tx
    .select({
      id: inductionChecklistItem.id,
      title: inductionChecklistItem.title,
      description: inductionChecklistItem.description,
      position: inductionChecklistItem.position,
      dueWithinWeeks: inductionChecklistItem.dueWithinWeeks,
      retiredAt: inductionChecklistItem.retiredAt,
      completions: sql<number>`coalesce(${completions.done}, 0)::int`,
    })
    .from(inductionChecklistItem)
    .leftJoin(completions, eq(completions.itemId, inductionChecklistItem.id))
    .orderBy(
      sql`${inductionChecklistItem.retiredAt} is not null`,
      asc(inductionChecklistItem.position),
    );
  return rows.map(({ retiredAt, ...row }) => ({ ...row, retired: retiredAt !== null }));
}

export async function findChecklistItem(tx: Transaction, itemId: string) {
  const [found] = await tx
    .select({
      id: inductionChecklistItem.id,
      position: inductionChecklistItem.position,
      retiredAt: inductionChecklistItem.retiredAt,
    })
    .from(inductionChecklistItem)
    .where(eq(inductionChecklistItem.id, itemId))
    .limit(1);
  return found ?? null;
}

async function nextPosition(tx: Transaction): Promise<number> {
  const [last] = await tx
    .select({ position: max(inductionChecklistItem.position) })
    .from(inductionChecklistItem);
  return (last?.position ?? 0) + 1;
}

export async function insertChecklistItem(
  tx: Transaction,
  values: { districtId: string; title: string; description: string; dueWithinWeeks: number | null },
): Promise<string> {
  const [created] = await tx
    .insert(inductionChecklistItem)
    .values({ ...values, position: await nextPosition(tx) })
    .returning({ id: inductionChecklistItem.id });
  if (!created) throw new Error("The checklist item was not created");
  return created.id;
}

export async function updateChecklistItem(
  tx: Transaction,
  params: { itemId: string; title: string; description: string; dueWithinWeeks: number | null },
): Promise<void> {
  const { itemId, ...fields } = params;
  await tx
    .update(inductionChecklistItem)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(inductionChecklistItem.id, itemId));
}

/**
 * Swaps the item with its neighbour in use above or below; false when it is already first or
 * last. The item's own row goes through a negative position so the unique key holds throughout.
 */
export async function swapChecklistItem(
  tx: Transaction,
  params: { itemId: string; position: number; direction: "up" | "down" },
): Promise<boolean> {
  const up = params.direction === "up";
  const [neighbour] = await tx
    .select({ id: inductionChecklistItem.id, position: inductionChecklistItem.position })
    .from(inductionChecklistItem)
    .where(
      and(
        isNull(inductionChecklistItem.retiredAt),
        up
          ? lt(inductionChecklistItem.position, params.position)
          : gt(inductionChecklistItem.position, params.position),
      ),
    )
    .orderBy(up ? desc(inductionChecklistItem.position) : asc(inductionChecklistItem.position))
    .limit(1);
  if (!neighbour) return false;
  const setPosition = (id: string, position: number) =>
    tx.update(inductionChecklistItem).set({ position }).where(eq(inductionChecklistItem.id, id));
  await setPosition(params.itemId, -params.position);
  await setPosition(neighbour.id, params.position);
  await setPosition(params.itemId, neighbour.position);
  return true;
}

/** Retires the item, or brings it back as the last item in use. */
export async function setChecklistItemRetired(
  tx: Transaction,
  params: { itemId: string; retired: boolean },
): Promise<void> {
  await tx
    .update(inductionChecklistItem)
    .set(
      params.retired
        ? { retiredAt: new Date(), updatedAt: new Date() }
        : { retiredAt: null, position: await nextPosition(tx), updatedAt: new Date() },
    )
    .where(eq(inductionChecklistItem.id, params.itemId));
}
