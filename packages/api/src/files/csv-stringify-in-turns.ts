import { type Options, stringify } from "csv-stringify/sync";
import { forEachSliceInTurns } from "./slices-in-turns.ts";

/** Rows stringified per turn: a few milliseconds even with long JSON cells. */
const ROWS_PER_TURN = 500;

/**
 * csv-stringify's text for `items` (each turned into its cells by `cellsOf`), made a slice at a
 * time with a turn for other requests in between: 50,000 audit entries in one go held the
 * event loop for as long as they took. The header and byte order mark come once, first; the
 * text is the one-go stringifier's.
 */
export async function stringifyCsvInTurns<T>(
  items: readonly T[],
  cellsOf: (item: T) => unknown[],
  options: Options,
): Promise<string> {
  if (items.length === 0) return stringify([], options);
  const parts: string[] = [];
  await forEachSliceInTurns(items, ROWS_PER_TURN, (slice, start) => {
    const first = start === 0;
    parts.push(
      stringify(slice.map(cellsOf), {
        ...options,
        header: first && options.header === true,
        bom: first && options.bom === true,
      }),
    );
  });
  return parts.join("");
}
