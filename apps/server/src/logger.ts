import { currentRequestScope } from "@throughline/api/request-scope";
import { type DestinationStream, pino } from "pino";
import type { ServerEnv } from "./env.ts";
import { safeError } from "./request-log/safe-error.ts";

/**
 * Structured JSON logs. A line written during a request carries its id, district and person
 * (from the request scope); errors are logged without their parameters or details, which can
 * hold what people wrote. Nothing logs request bodies, tRPC inputs or headers.
 */
export function createLogger(env: Pick<ServerEnv, "LOG_LEVEL">, destination?: DestinationStream) {
  const options = {
    level: env.LOG_LEVEL,
    base: { service: "throughline" },
    serializers: { err: safeError },
    mixin() {
      const scope = currentRequestScope();
      return scope ? { ...scope } : {};
    },
  };
  if (destination) return pino(options, destination);
  // Lines are gathered and written to stdout together, at most LOG_FLUSH_MS later: one write
  // per request cost as much as a tenth of a small request's time. pino writes what is left
  // when the process exits; `logger.flush()` writes it at once (start.ts does once ready).
  const stdout = pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES });
  setInterval(() => stdout.flush(), LOG_FLUSH_MS).unref();
  return pino(options, stdout);
}

// Below sonic-boom's largest single write (16 KB).
const LOG_BUFFER_BYTES = 8 * 1024;
const LOG_FLUSH_MS = 200;

export type Logger = ReturnType<typeof createLogger>;
