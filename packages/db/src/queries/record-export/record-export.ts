import { and, asc, desc, eq, inArray, isNotNull, lt, ne, or } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { recordExport } from "../../schema/index.ts";

/*
 * The life of a "Download my record" export: queued by the teacher, claimed by a worker,
 * moved along with progress, then done (with the ZIP in file storage) or failed.
 */

const exportColumns = {
  id: recordExport.id,
  personId: recordExport.personId,
  status: recordExport.status,
  progress: recordExport.progress,
  step: recordExport.step,
  storageKey: recordExport.storageKey,
  sizeBytes: recordExport.sizeBytes,
  error: recordExport.error,
  createdAt: recordExport.createdAt,
  updatedAt: recordExport.updatedAt,
  finishedAt: recordExport.finishedAt,
};

export type RecordExportRow = {
  id: string;
  personId: string;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  step: string;
  storageKey: string | null;
  sizeBytes: number | null;
  error: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
};

/** The person's most recent export, whatever its state; null before their first. */
export async function latestRecordExport(
  tx: Transaction,
  params: { personId: string },
): Promise<RecordExportRow | null> {
  const [row] = await tx
    .select(exportColumns)
    .from(recordExport)
    .where(eq(recordExport.personId, params.personId))
    .orderBy(desc(recordExport.createdAt), desc(recordExport.id))
    .limit(1);
  return row ?? null;
}

/**
 * Queues an export for the person, unless one is already queued or running: then that one is
 * returned, so pressing the button twice never builds the record twice.
 */
export async function queueRecordExport(
  tx: Transaction,
  params: { districtId: string; personId: string },
): Promise<{ row: RecordExportRow; queued: boolean }> {
  const [pending] = await tx
    .select(exportColumns)
    .from(recordExport)
    .where(
      and(
        eq(recordExport.personId, params.personId),
        inArray(recordExport.status, ["queued", "running"]),
      ),
    )
    .limit(1)
    .for("update");
  if (pending) return { row: pending, queued: false };
  const [row] = await tx
    .insert(recordExport)
    .values({ districtId: params.districtId, personId: params.personId, step: "Waiting to start" })
    .returning(exportColumns);
  if (!row) throw new Error("The export row was not written.");
  return { row, queued: true };
}

/**
 * Claims the oldest queued export of the district, or a running one whose worker went quiet
 * for longer than `staleMs` (it died mid-build), and marks it running. SKIP LOCKED: two
 * workers never take the same export.
 */
export async function claimRecordExport(
  tx: Transaction,
  params: { now: Date; staleMs: number },
): Promise<RecordExportRow | null> {
  const staleBefore = new Date(params.now.getTime() - params.staleMs);
  const [due] = await tx
    .select({ id: recordExport.id })
    .from(recordExport)
    .where(
      or(
        eq(recordExport.status, "queued"),
        and(eq(recordExport.status, "running"), lt(recordExport.updatedAt, staleBefore)),
      ),
    )
    .orderBy(asc(recordExport.createdAt), asc(recordExport.id))
    .limit(1)
    .for("update", { skipLocked: true });
  if (!due) return null;
  const [claimed] = await tx
    .update(recordExport)
    .set({ status: "running", progress: 0, step: "Starting", updatedAt: params.now })
    .where(eq(recordExport.id, due.id))
    .returning(exportColumns);
  return claimed ?? null;
}

/** Progress as the builder goes; `updated_at` doubles as the worker's heartbeat. */
export async function setRecordExportProgress(
  tx: Transaction,
  params: { id: string; progress: number; step: string; now: Date },
): Promise<void> {
  await tx
    .update(recordExport)
    .set({ progress: params.progress, step: params.step, updatedAt: params.now })
    .where(and(eq(recordExport.id, params.id), eq(recordExport.status, "running")));
}

export async function finishRecordExport(
  tx: Transaction,
  params: { id: string; storageKey: string; sizeBytes: number; now: Date },
): Promise<void> {
  await tx
    .update(recordExport)
    .set({
      status: "done",
      progress: 100,
      step: "Ready",
      storageKey: params.storageKey,
      sizeBytes: params.sizeBytes,
      error: null,
      finishedAt: params.now,
      updatedAt: params.now,
    })
    .where(eq(recordExport.id, params.id));
}

/**
 * Lets go of the person's earlier finished exports once a newer one is ready: their rows stay
 * (the history of requests) but no longer name a file. Returns the keys to delete from storage.
 */
export async function releaseEarlierExports(
  tx: Transaction,
  params: { personId: string; keepId: string },
): Promise<string[]> {
  const earlier = and(
    eq(recordExport.personId, params.personId),
    ne(recordExport.id, params.keepId),
    eq(recordExport.status, "done"),
    isNotNull(recordExport.storageKey),
  );
  // Read first: `returning` would answer the keys as updated, that is null.
  const rows = await tx
    .select({ storageKey: recordExport.storageKey })
    .from(recordExport)
    .where(earlier)
    .for("update");
  if (rows.length === 0) return [];
  await tx.update(recordExport).set({ storageKey: null }).where(earlier);
  return rows.flatMap((row) => (row.storageKey ? [row.storageKey] : []));
}

/**
 * A failed build is queued again once; the second failure is final. The first failure's
 * message is what marks the retry (the table keeps no attempt count).
 */
export async function failRecordExport(
  tx: Transaction,
  params: { id: string; error: string; now: Date },
): Promise<"retrying" | "failed"> {
  const [row] = await tx
    .select({ error: recordExport.error })
    .from(recordExport)
    .where(eq(recordExport.id, params.id))
    .limit(1);
  const retry = row !== undefined && row.error === null;
  await tx
    .update(recordExport)
    .set(
      retry
        ? { status: "queued", progress: 0, step: "Trying again", error: params.error }
        : {
            status: "failed",
            step: "Failed",
            error: params.error,
            finishedAt: params.now,
            updatedAt: params.now,
          },
    )
    .where(eq(recordExport.id, params.id));
  return retry ? "retrying" : "failed";
}

/** The export's file, for its owner only; null when it is not theirs or not ready. */
export async function findDownloadableExport(
  tx: Transaction,
  params: { exportId: string; personId: string },
): Promise<{ storageKey: string; sizeBytes: number; finishedAt: Date } | null> {
  const [row] = await tx
    .select(exportColumns)
    .from(recordExport)
    .where(
      and(
        eq(recordExport.id, params.exportId),
        eq(recordExport.personId, params.personId),
        eq(recordExport.status, "done"),
      ),
    )
    .limit(1);
  if (!row?.storageKey || row.sizeBytes === null || !row.finishedAt) return null;
  return { storageKey: row.storageKey, sizeBytes: row.sizeBytes, finishedAt: row.finishedAt };
}
