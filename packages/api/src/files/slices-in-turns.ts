import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Runs `work` on consecutive slices of `items` (`size` each), with a turn of the event loop
 * after each slice, so other requests are answered between them: tens of thousands of rows
 * mapped, written or stringified in one go would hold the server for the whole length.
 */
export async function forEachSliceInTurns<T>(
  items: readonly T[],
  size: number,
  work: (slice: readonly T[], start: number) => void | Promise<void>,
): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await work(items.slice(start, start + size), start);
    await nextTurn();
  }
}

/** `items.map(map)`, a slice of `size` items per turn (see forEachSliceInTurns). */
export async function mapInTurns<T, U>(
  items: readonly T[],
  size: number,
  map: (item: T) => U,
): Promise<U[]> {
  const mapped: U[] = [];
  await forEachSliceInTurns(items, size, (slice) => {
    for (const item of slice) mapped.push(map(item));
  });
  return mapped;
}
