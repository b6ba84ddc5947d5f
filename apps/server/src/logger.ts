import { pino } from "pino";
import type { ServerEnv } from "./env.ts";

export function createLogger(env: ServerEnv) {
  return pino({ level: env.LOG_LEVEL, base: { service: "throughline" } });
}

export type Logger = ReturnType<typeof createLogger>;
