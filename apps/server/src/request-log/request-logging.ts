import { randomUUID } from "node:crypto";
import { runInRequestScope } from "@throughline/api/request-scope";
import type { MiddlewareHandler } from "hono";
import type { Logger } from "../logger.ts";
import { redactPath } from "./redact-path.ts";

/** An incoming X-Request-Id is kept (a proxy's id ties its log to ours) when it is sane. */
const SANE_REQUEST_ID = /^[\w.:=-]{1,128}$/;

export const REQUEST_ID_HEADER = "X-Request-Id";

/** The request's id: the incoming one when it is sane, else a new one. */
export function requestIdOf(incoming: string | undefined): string {
  return incoming && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Opens the request's scope (its id, later its district and person; the logger adds them to
 * every line), answers with the id, and logs one line per request: method, path with any
 * token hidden, status and time. Never the query string, the body or the headers.
 */
export function requestLogging(logger: Logger): MiddlewareHandler {
  return (c, next) => {
    const requestId = requestIdOf(c.req.header(REQUEST_ID_HEADER));
    return runInRequestScope({ requestId }, async () => {
      const started = performance.now();
      await next();
      // After the handler: routes that answer with a Response of their own (auth, tRPC) keep it.
      // Set on the answer's headers: `c.header` would copy the whole Response to add one.
      c.res.headers.set(REQUEST_ID_HEADER, requestId);
      logger.info(
        {
          method: c.req.method,
          path: redactPath(c.req.path),
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        "request",
      );
    });
  };
}
