import type { Readable } from "node:stream";
import type { Database } from "@throughline/db/client";
import {
  claimRecordExport,
  failRecordExport,
  finishRecordExport,
  type RecordExportRow,
  releaseEarlierExports,
  setRecordExportProgress,
} from "@throughline/db/queries/record-export/record-export";
import { withTenant } from "@throughline/db/tenant";
import type { FileStorage } from "../files/storage.ts";
import { packRecord, type RecordFile } from "./pack-record.ts";
import { completeRecord, recordSections } from "./teacher-record.ts";
import { zipInTurns } from "./zip-in-turns.ts";

/*
 * Running an export: claim it, read the record part by part (committing progress between
 * parts so the teacher's page can show it), read the evidence bytes, pack, zip, store, mark
 * done. A failure is retried once, then the export is marked failed with the error.
 */

export interface RecordExportDeps {
  db: Database;
  storage: FileStorage;
  /** The clock; tests pass their own. */
  now?: () => Date;
}

/** A running export not heard from for this long was left by a worker that stopped. */
export const STALE_EXPORT_MS = 10 * 60_000;
/** Exports one run builds at most per district; the rest wait for the next run. */
const EXPORTS_PER_RUN = 5;

async function bytesOf(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return new Uint8Array(Buffer.concat(chunks));
}

/** The ZIP of the record's files; already-compressed files are stored, not deflated. */
export function zipRecord(files: RecordFile[]): Promise<Uint8Array> {
  return zipInTurns(files);
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/** Builds one claimed export to the end: done, or failed (to be retried once). */
export async function buildRecordExport(
  deps: RecordExportDeps,
  districtId: string,
  claimed: RecordExportRow,
): Promise<"done" | "retrying" | "failed"> {
  const clock = deps.now ?? (() => new Date());
  const progress = (value: number, step: string) =>
    withTenant(deps.db, districtId, (tx) =>
      setRecordExportProgress(tx, { id: claimed.id, progress: value, step, now: clock() }),
    );
  try {
    const params = { personId: claimed.personId, now: clock() };
    let parts = {};
    for (const section of recordSections) {
      await progress(Math.max(1, section.doneAt - 5), section.step);
      const part = await withTenant(deps.db, districtId, (tx) => section.load(tx, params));
      parts = { ...parts, ...part };
    }
    const { record, evidenceKeys } = completeRecord(parts);

    const evidence = new Map<string, Uint8Array>();
    const keys = [...evidenceKeys];
    for (const [index, [fileId, key]] of keys.entries()) {
      if (index % 5 === 0) {
        await progress(
          50 + Math.round((index / keys.length) * 35),
          `Adding evidence files (${index + 1} of ${keys.length})`,
        );
      }
      const stream = await deps.storage.get(key);
      if (stream) evidence.set(fileId, await bytesOf(stream));
    }

    await progress(88, "Packing the ZIP");
    const zip = await zipRecord(packRecord(record, evidence, clock()));
    await progress(95, "Saving your record");
    const { key } = await deps.storage.put({ districtId, bytes: zip });
    const earlierKeys = await withTenant(deps.db, districtId, async (tx) => {
      await finishRecordExport(tx, {
        id: claimed.id,
        storageKey: key,
        sizeBytes: zip.byteLength,
        now: clock(),
      });
      return releaseEarlierExports(tx, { personId: claimed.personId, keepId: claimed.id });
    });
    // Only the newest record is kept: an older ZIP is a full copy of the teacher's files.
    for (const earlier of earlierKeys) await deps.storage.delete(earlier);
    return "done";
  } catch (error) {
    return withTenant(deps.db, districtId, (tx) =>
      failRecordExport(tx, { id: claimed.id, error: describe(error), now: clock() }),
    );
  }
}

/** Claims and builds the district's queued exports, one after another. */
export async function runRecordExports(
  deps: RecordExportDeps,
  districtId: string,
): Promise<{ done: number; retrying: number; failed: number }> {
  const clock = deps.now ?? (() => new Date());
  const report = { done: 0, retrying: 0, failed: 0 };
  for (let run = 0; run < EXPORTS_PER_RUN; run++) {
    // Committed at once: the claim holds no lock while the record is built.
    const claimed = await withTenant(deps.db, districtId, (tx) =>
      claimRecordExport(tx, { now: clock(), staleMs: STALE_EXPORT_MS }),
    );
    if (!claimed) break;
    report[await buildRecordExport(deps, districtId, claimed)]++;
  }
  return report;
}
