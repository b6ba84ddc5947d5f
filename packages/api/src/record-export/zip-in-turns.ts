import { setImmediate as nextTurn } from "node:timers/promises";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import type { RecordFile } from "./pack-record.ts";

/** Bytes compressed (or checksummed, for stored files) per turn: a few milliseconds' work. */
const SLICE_BYTES = 1024 * 1024;

/**
 * The ZIP of `files`, built with fflate's streaming Zip a slice at a time with a turn for other
 * requests in between: a record with hundreds of megabytes of evidence would otherwise hold the
 * server's one thread while it is deflated and checksummed. Already-compressed files are stored.
 */
export async function zipInTurns(files: readonly RecordFile[]): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  for (const file of files) {
    const entry = file.stored
      ? new ZipPassThrough(file.path)
      : new ZipDeflate(file.path, { level: 6 });
    zip.add(entry);
    const size = file.bytes.byteLength;
    if (size === 0) entry.push(new Uint8Array(0), true);
    for (let at = 0; at < size; at += SLICE_BYTES) {
      entry.push(file.bytes.subarray(at, at + SLICE_BYTES), at + SLICE_BYTES >= size);
      await nextTurn();
    }
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(out);
}
