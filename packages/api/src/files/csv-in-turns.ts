import { setImmediate as nextTurn } from "node:timers/promises";
import { type Options, type Parser, parse } from "csv-parse";

/**
 * Characters parsed per turn: some hundreds of roster rows, a few milliseconds on a quiet
 * machine. A quarter megabyte held the loop for 100–300 ms on a busy one.
 */
const SLICE_CHARACTERS = 32 * 1024;

/**
 * csv-parse's records of `text`, parsed a slice at a time with a turn for other requests in
 * between: a roster's users.csv of 20,000 rows would otherwise hold the event loop for as long
 * as it takes to parse. The streaming parser keeps quoted fields and line numbers right across
 * slices. Records are what `on_record` makes of each row (string arrays without it). Throws
 * what the parser throws (CsvError for bad CSV).
 */
export async function parseCsvInTurns<T = string[]>(
  text: string,
  options: Options<T, string[]>,
): Promise<T[]> {
  // csv-parse types on_record's result only when `columns` is set; the parser passes it on as is.
  const parser = parse(options as unknown as Options);
  const records: T[] = [];
  let failure: unknown = null;
  const reading = (async () => {
    for await (const record of parser) records.push(record as T);
  })().catch((error: unknown) => {
    failure = error;
  });
  // The parser ends itself after `to` records: what is left of the text is not written.
  const stopped = () => failure !== null || parser.destroyed || parser.writableEnded;
  for (let at = 0; at < text.length && !stopped(); at += SLICE_CHARACTERS) {
    const more = parser.write(text.slice(at, at + SLICE_CHARACTERS));
    if (!more && !stopped()) await drainedOrDone(parser);
    await nextTurn();
  }
  if (!stopped()) parser.end();
  await reading;
  if (failure !== null) throw failure;
  return records;
}

/** Until the parser takes more text, or will take none: a parser that ended never drains. */
function drainedOrDone(parser: Parser): Promise<void> {
  const events = ["drain", "finish", "close", "error"] as const;
  return new Promise((resolve) => {
    const done = () => {
      for (const event of events) parser.off(event, done);
      resolve();
    };
    for (const event of events) parser.on(event, done);
  });
}
