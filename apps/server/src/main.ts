import { readEnv } from "./env.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./start.ts";

const env = readEnv(process.env);
const logger = createLogger(env);

try {
  const server = await startServer(env, logger);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      // A second signal means "now": the embedded database may then need recovery on start.
      logger.warn({ signal }, "stopping at once");
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, "shutting down: finishing requests in flight");
    try {
      await server.close();
      logger.info("stopped");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  logger.fatal(error instanceof Error ? error.message : error, "could not start");
  process.exit(1);
}
