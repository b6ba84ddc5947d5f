import { readEnv } from "./env.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./start.ts";

const env = readEnv(process.env);
const logger = createLogger(env);

try {
  const server = await startServer(env, logger);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
} catch (error) {
  logger.fatal(error instanceof Error ? error.message : error, "could not start");
  process.exit(1);
}
