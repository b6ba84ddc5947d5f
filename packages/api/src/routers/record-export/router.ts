import {
  latestRecordExport,
  queueRecordExport,
  type RecordExportRow,
} from "@throughline/db/queries/record-export/record-export";
import { authedProcedure, createRouter } from "../../trpc.ts";

/*
 * "Download my record": anyone with a person may take their own record away. The ZIP is built
 * by the worker, not in the request; the page polls `latest` for progress.
 */

/** The export as the page shows it; the download link only once the ZIP is ready. */
function exportView(row: RecordExportRow | null) {
  if (!row) return null;
  const done = row.status === "done";
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    step: row.step,
    sizeBytes: done ? row.sizeBytes : null,
    requestedAt: row.createdAt,
    finishedAt: row.finishedAt,
    downloadUrl: done ? `/files/record-exports/${row.id}` : null,
  };
}

export const recordExportRouter = createRouter({
  /** Queues my record; while one is queued or being built, that one is returned instead. */
  start: authedProcedure.mutation(async ({ ctx }) => {
    const { row } = await queueRecordExport(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
    });
    return exportView(row);
  }),

  /** My most recent export with its progress; null before the first. */
  latest: authedProcedure.query(async ({ ctx }) =>
    exportView(await latestRecordExport(ctx.tx, { personId: ctx.personId })),
  ),
});
