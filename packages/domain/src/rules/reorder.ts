/** One row's new place after a reorder; positions count from 1. */
export interface PositionUpdate {
  id: string;
  position: number;
}

type ReorderProblem = "duplicate" | "missing" | "unknown";

type ReorderResult =
  | { ok: true; updates: PositionUpdate[] }
  | { ok: false; problem: ReorderProblem; message: string };

const messages: Record<ReorderProblem, string> = {
  duplicate: "Each item can appear only once in the new order",
  missing: "The new order leaves out an item; reload the page and try again",
  unknown: "The new order names an item that is not in this list; reload the page and try again",
};

/**
 * Turns the order an author chose into dense positions 1..n. The list must be exactly the items
 * there are now: a stale page that misses a newly added item, or names a removed one, is refused
 * rather than guessed at, so nothing ends up without a place.
 */
export function reorderPositions(
  currentIds: readonly string[],
  orderedIds: readonly string[],
): ReorderResult {
  const current = new Set(currentIds);
  const seen = new Set<string>();
  for (const id of orderedIds) {
    if (seen.has(id)) return { ok: false, problem: "duplicate", message: messages.duplicate };
    if (!current.has(id)) return { ok: false, problem: "unknown", message: messages.unknown };
    seen.add(id);
  }
  if (seen.size !== current.size) {
    return { ok: false, problem: "missing", message: messages.missing };
  }
  return { ok: true, updates: orderedIds.map((id, index) => ({ id, position: index + 1 })) };
}

/** The list with the item at `from` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveOne<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  if (item === undefined || to < 0 || to > items.length - 1) return [...items];
  moved.splice(to, 0, item);
  return moved;
}
