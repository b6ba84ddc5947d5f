import type { FileStorage } from "@throughline/api/files/storage";
import { runRecordExports } from "@throughline/api/record-export/run-record-export";
import type { Database } from "@throughline/db/client";
import { district } from "@throughline/db/schema";
import type { Logger } from "../logger.ts";

/** How often the worker looks for queued record exports: a teacher waits for this at most. */
const RECORD_EXPORT_POLL_MS = 1000;

/** One pass over every district's queued exports; a district that fails does not stop the rest. */
async function runRecordExportPass(
  deps: { db: Database; storage: FileStorage },
  onError: (error: unknown, districtId: string) => void,
): Promise<{ done: number; retrying: number; failed: number }> {
  const total = { done: 0, retrying: 0, failed: 0 };
  const districts = await deps.db.select({ id: district.id }).from(district).orderBy(district.id);
  for (const place of districts) {
    try {
      const report = await runRecordExports(deps, place.id);
      total.done += report.done;
      total.retrying += report.retrying;
      total.failed += report.failed;
    } catch (error) {
      onError(error, place.id);
    }
  }
  return total;
}

/**
 * Builds "Download my record" exports apart from the email tick, polling every second so a
 * teacher's export starts at once (the email tick may be minutes apart). Passes never overlap.
 */
export function startRecordExportLoop(
  deps: { db: Database; storage: FileStorage },
  options: { logger: Logger; pollMs?: number },
): { stop(): Promise<void> } {
  const { logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const pass = async () => {
    try {
      const report = await runRecordExportPass(deps, (error, districtId) =>
        logger.error({ err: error, districtId }, "record exports failed"),
      );
      if (report.done + report.retrying + report.failed > 0) logger.info(report, "record exports");
    } catch (error) {
      logger.error({ err: error }, "record export pass failed");
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(() => {
        running = undefined;
        schedule();
      });
    }, options.pollMs ?? RECORD_EXPORT_POLL_MS);
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
