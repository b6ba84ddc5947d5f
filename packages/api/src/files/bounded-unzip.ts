import { setImmediate as nextTurn } from "node:timers/promises";
import { Unzip, type UnzipFile, UnzipInflate } from "fflate";

/*
 * Opening a ZIP someone uploaded without letting it open us: a few hundred kilobytes can inflate
 * to gigabytes. The archive is fed to fflate's streaming Unzip a little at a time and every
 * inflated byte is counted as it comes, so a bomb is refused after inflating at most a little
 * past a limit, never whole; and the event loop gets a turn between pieces.
 */

const MB = 1024 * 1024;

export interface ZipLimits {
  /** Uncompressed bytes of the entries read, all together. */
  totalBytes: number;
  /** Entries in the archive, read or not (folders included). */
  entries: number;
  /** How many times its compressed size the archive may inflate to, once past `ratioFloorBytes`. */
  ratio: number;
  /** Below this much inflated, any ratio is fine: small, repetitive CSVs compress very well. */
  ratioFloorBytes: number;
}

/** A district's whole OneRoster export is a few megabytes zipped, some tens inflated. */
export const ZIP_LIMITS: ZipLimits = {
  totalBytes: 200 * MB,
  entries: 100,
  ratio: 100,
  ratioFloorBytes: 10 * MB,
};

/** The archive broke a limit or is not a ZIP; the message says which, for the person. */
export class ZipRefused extends Error {}

/** Compressed bytes fed per step: at the worst deflate ratio (~1,000×) about 16 MB out. */
const STEP_BYTES = 16 * 1024;
/** Give other requests a turn after about this much compressed input. */
const YIELD_EVERY_BYTES = 512 * 1024;

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/**
 * The entries of `zip` that `wanted` picks, inflated; the others are skipped without being
 * inflated. Throws ZipRefused when the archive is not a ZIP or breaks a limit.
 */
export async function unzipWithinLimits(
  zip: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits = ZIP_LIMITS,
): Promise<ZipEntry[]> {
  if (!startsLikeZip(zip)) throw new ZipRefused("It is not a ZIP file.");
  const entries: { name: string; chunks: Uint8Array[]; done: boolean }[] = [];
  let seen = 0;
  let inflated = 0;
  let fed = 0;
  let refusal: ZipRefused | null = null;
  const refuse = (message: string) => {
    refusal ??= new ZipRefused(message);
  };

  const unzip = new Unzip((file: UnzipFile) => {
    seen += 1;
    if (seen > limits.entries) {
      refuse(`It holds more than ${limits.entries} files, the most an import opens.`);
      return;
    }
    if (file.name.endsWith("/") || !wanted(file.name)) return;
    const entry = { name: file.name, chunks: [] as Uint8Array[], done: false };
    entries.push(entry);
    file.ondata = (error, data, final) => {
      if (error) {
        refuse("It is damaged and could not be opened.");
        return;
      }
      if (refusal) return;
      inflated += data.byteLength;
      if (inflated > limits.totalBytes) {
        refuse(
          `It unpacks to more than ${limits.totalBytes / MB} MB, the most an import reads. Leave out files this import does not read (demographics, results).`,
        );
        file.terminate();
        return;
      }
      if (inflated > limits.ratioFloorBytes && inflated > limits.ratio * Math.max(fed, 1)) {
        refuse(
          `It unpacks to more than ${limits.ratio} times its own size, which no roster export does; it was not opened.`,
        );
        file.terminate();
        return;
      }
      entry.chunks.push(data);
      entry.done = final;
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  let sinceYield = 0;
  for (let at = 0; at < zip.byteLength && !refusal; at += STEP_BYTES) {
    const piece = zip.subarray(at, at + STEP_BYTES);
    fed += piece.byteLength;
    try {
      unzip.push(piece, at + STEP_BYTES >= zip.byteLength);
    } catch {
      refuse("It is damaged and could not be opened.");
    }
    sinceYield += piece.byteLength;
    if (sinceYield >= YIELD_EVERY_BYTES) {
      sinceYield = 0;
      await nextTurn();
    }
  }
  if (refusal) throw refusal;
  if (entries.some((entry) => !entry.done)) throw new ZipRefused("It ends before its last file.");
  return entries.map(({ name, chunks }) => ({ name, bytes: joined(chunks) }));
}

/** A local file header, or the end record of an empty archive. */
function startsLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

function joined(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
