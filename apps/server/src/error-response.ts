import {
  databaseUnavailable,
  databaseUnavailableMessage,
} from "@throughline/db/database-unavailable";
import type { Context } from "hono";
import type { Logger } from "./logger.ts";

/**
 * The answer to an error no route handled: 503 with "try again shortly" when the database is
 * down or too slow (the request may well work in a moment), otherwise a 500 that says nothing
 * about the inside.
 */
export function errorResponse(error: Error, c: Context, logger: Logger): Response {
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    logger.warn({ err: error }, "database unavailable");
    c.header("Retry-After", "5");
    return c.json({ error: databaseUnavailableMessage(unavailable) }, 503);
  }
  logger.error({ err: error }, "unhandled error");
  return c.json({ error: "Something went wrong on our side." }, 500);
}
