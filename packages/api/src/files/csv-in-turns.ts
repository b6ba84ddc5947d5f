import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";
import { type Options, parse } from "csv-parse";

/** Characters parsed per turn: a few thousand roster rows, some tens of milliseconds. */
const SLICE_CHARACTERS = 256 * 1024;

/**
 * csv-parse's records of `text`, parsed a slice at a time with a turn for other requests in
 * between: a roster's users.csv of 20,000 rows would otherwise hold the event loop for as long
 * as it takes to parse. The streaming parser keeps quoted fields and line numbers right across
 * slices. Throws what the parser throws (CsvError for bad CSV).
 */
export async function parseCsvInTurns(text: string, options: Options): Promise<string[][]> {
  const parser = parse(options);
  const records: string[][] = [];
  let failure: unknown = null;
  const reading = (async () => {
    for await (const record of parser) records.push(record as string[]);
  })().catch((error: unknown) => {
    failure = error;
  });
  for (let at = 0; at < text.length && failure === null; at += SLICE_CHARACTERS) {
    const more = parser.write(text.slice(at, at + SLICE_CHARACTERS));
    if (!more && failure === null && !parser.destroyed) {
      await once(parser, "drain").catch(() => undefined);
    }
    await nextTurn();
  }
  parser.end();
  await reading;
  if (failure !== null) throw failure;
  return records;
}
