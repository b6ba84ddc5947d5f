import type { AuthLog } from "@throughline/api/auth";
import type { Logger } from "../logger.ts";

/**
 * Better Auth's log lines through the server's logger: they then carry the request's id and
 * pass the error through the same serializer, which leaves out query parameters (a failed
 * session lookup would otherwise print the session token). Other arguments are dropped.
 */
export function authLog(logger: Logger): AuthLog {
  return (level, message, ...args) => {
    const err = args.find((arg) => arg instanceof Error);
    logger[level]({ source: "auth", ...(err ? { err } : {}) }, message);
  };
}
