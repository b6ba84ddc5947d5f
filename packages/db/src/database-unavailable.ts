/*
 * Tells a database that cannot be reached (down, refusing, not answering, shutting down) or a
 * statement cancelled by the statement timeout from every other error, so the server can
 * answer 503 "try again shortly" instead of a generic 500. Errors arrive wrapped (drizzle's
 * DrizzleQueryError, tRPC's TRPCError, AggregateError from the socket), so the whole chain of
 * causes is searched.
 */

export type DatabaseUnavailable = "unreachable" | "timed_out";

/** Socket and postgres.js codes for "no usable connection". */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_DESTROYED",
  "CONNECTION_ENDED",
]);

/** PostgreSQL SQLSTATEs: connection exceptions, too many connections, shutting down or starting. */
function isUnavailableSqlState(code: string): boolean {
  return (
    code.startsWith("08") ||
    code === "53300" ||
    code === "57P01" ||
    code === "57P02" ||
    code === "57P03"
  );
}

/** Cancelled by the statement timeout, or a transaction ended by the idle-in-transaction one. */
const TIMED_OUT = new Set(["57014", "25P03"]);

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not reachable; try again shortly.";
export const DATABASE_TIMED_OUT_MESSAGE =
  "The database took too long to answer; try again shortly.";

export function databaseUnavailable(error: unknown): DatabaseUnavailable | null {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const code = Reflect.get(current, "code");
    if (typeof code === "string") {
      if (UNREACHABLE_CODES.has(code) || isUnavailableSqlState(code)) return "unreachable";
      if (TIMED_OUT.has(code)) return "timed_out";
    }
    pending.push(Reflect.get(current, "cause"));
    const errors: unknown = Reflect.get(current, "errors");
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return null;
}

export function databaseUnavailableMessage(kind: DatabaseUnavailable): string {
  return kind === "unreachable" ? DATABASE_UNAVAILABLE_MESSAGE : DATABASE_TIMED_OUT_MESSAGE;
}
