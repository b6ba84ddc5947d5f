import type { Server } from "node:http";

/**
 * Stops accepting connections and lets the requests in flight finish, then resolves. Idle
 * keep-alive connections are closed as soon as they fall idle, so a finished request does not
 * hold the shutdown up; after `deadlineMs` whatever is still open is cut off.
 */
export function drainHttpServer(
  server: Server,
  deadlineMs: number,
): Promise<"drained" | "cut off"> {
  return new Promise((resolve) => {
    const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => {
      server.closeAllConnections();
      finish("cut off");
    }, deadlineMs);
    let finished = false;
    function finish(outcome: "drained" | "cut off") {
      clearInterval(idleSweep);
      clearTimeout(deadline);
      if (!finished) resolve(outcome);
      finished = true;
    }
    server.close(() => finish("drained"));
  });
}
