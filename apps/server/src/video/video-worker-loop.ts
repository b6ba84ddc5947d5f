import type { Logger } from "../logger.ts";
import { processVideos, type VideoWorkDeps } from "./process-videos.ts";

/** How often the worker looks for uploaded videos; a teacher waits about this plus the transcode. */
const VIDEO_POLL_MS = 1000;

/**
 * Transcodes uploaded videos and deletes expired ones apart from the email tick, polling every
 * second so a teacher's video is ready soon after the upload. Passes never overlap.
 */
export function startVideoLoop(
  deps: VideoWorkDeps,
  options: { logger: Logger; pollMs?: number },
): { stop(): Promise<void> } {
  const { logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  const pass = async () => {
    try {
      const report = await processVideos(
        deps,
        () => new Date(),
        (error, districtId) => logger.error({ err: error, districtId }, "video work failed"),
      );
      if (report.ready + report.failed + report.expiredFiles > 0) logger.info(report, "videos");
    } catch (error) {
      logger.error({ err: error }, "video pass failed");
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().finally(() => {
        running = undefined;
        schedule();
      });
    }, options.pollMs ?? VIDEO_POLL_MS);
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
