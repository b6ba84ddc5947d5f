import type { FileStorage } from "@throughline/api/files/storage";
import type { Logger } from "../logger.ts";
import type { VideoServing } from "../video/video-routes.ts";
import { startVideoLoop } from "../video/video-worker-loop.ts";
import { startRecordExportLoop } from "./record-export-loop.ts";
import { runWorkerTick, type WorkerDeps } from "./run-worker-tick.ts";

interface RunningWorker {
  /** Stops scheduling ticks and waits for the one running, so nothing is cut off mid-send. */
  stop(): Promise<void>;
}

/**
 * Runs a tick every `intervalMs` (measured from the end of the last one, so ticks never
 * overlap inside one process). A failing tick is logged and the next one tries again.
 */
export function startWorker(
  deps: Omit<WorkerDeps, "onError">,
  /** With `storage`, the worker also builds "Download my record" exports. */
  /** With `videos`, it also transcodes uploaded classroom videos and deletes expired ones. */
  options: { intervalMs: number; logger: Logger; storage?: FileStorage; videos?: VideoServing },
): RunningWorker {
  const { logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const tick = async () => {
    try {
      const report = await runWorkerTick(
        {
          ...deps,
          onError: (error, context) =>
            logger.error({ err: error, ...context }, "worker step failed"),
        },
        new Date(),
      );
      if (report.composed + report.digests + report.sent + report.retried + report.failed > 0) {
        logger.info(report, "worker tick");
      }
    } catch (error) {
      logger.error({ err: error }, "worker tick failed");
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(() => {
        running = undefined;
        schedule();
      });
    }, options.intervalMs);
  };

  logger.info(
    { intervalMs: options.intervalMs, via: deps.mailer.via },
    "notification worker started",
  );
  schedule();
  const exports = options.storage
    ? startRecordExportLoop({ db: deps.db, storage: options.storage }, { logger })
    : null;
  const videos = options.videos
    ? startVideoLoop({ db: deps.db, ...options.videos }, { logger })
    : null;

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await exports?.stop();
      await videos?.stop();
      deps.mailer.close();
    },
  };
}
