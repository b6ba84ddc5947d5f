/*
 * Errors as they are logged. Error messages can carry user content: drizzle puts every query
 * parameter into its message ("Failed query: … params: <a reflection, a note>"), and
 * PostgreSQL's `detail` repeats the values of a violated key. So only the name, the message
 * without parameters, the code and the stack frames are kept, for the error and each cause.
 */

interface SafeError {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: SafeError;
}

const MAX_CAUSES = 5;

/** Cuts drizzle's parameter list off a query error's message. */
function withoutParameters(message: string): string {
  const at = message.indexOf("\nparams:");
  return at === -1 ? message : message.slice(0, at);
}

/**
 * PostgreSQL's data exceptions (SQLSTATE class 22) end their message with the value it could
 * not take, which is what someone typed: `invalid input syntax for type uuid: "…"`. The value
 * is replaced; the rest of the message still says what went wrong.
 */
function withoutValue(message: string, code: string | undefined): string {
  if (!code?.startsWith("22")) return message;
  return message.replace(/: ".*"$/s, ': "(value hidden)"');
}

export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { type: typeof error, message: "(not an Error)" };
  const rawCode: unknown = Reflect.get(error, "code");
  const code =
    typeof rawCode === "string" || typeof rawCode === "number" ? String(rawCode) : undefined;
  const message = withoutValue(withoutParameters(error.message), code);
  // The first line of a stack repeats the message; keep only the frames.
  const frames = error.stack
    ?.split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
  const safe: SafeError = {
    type: error.name,
    message,
    ...(code !== undefined ? { code } : {}),
    ...(frames ? { stack: `${error.name}: ${message}\n${frames}` } : {}),
  };
  if (error.cause !== undefined && depth < MAX_CAUSES)
    safe.cause = safeError(error.cause, depth + 1);
  return safe;
}
