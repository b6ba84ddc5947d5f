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
  return destination ? pino(options, destination) : pino(options);
}

export type Logger = ReturnType<typeof createLogger>;
