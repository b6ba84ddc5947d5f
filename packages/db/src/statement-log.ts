import type { Database } from "./client.ts";

/**
 * Every statement a database is sent, recorded at the driver (so `begin`, `commit` and the
 * tenant settings are seen too, not only what drizzle builds): for tests that hold a procedure
 * to a statement budget. One entry per message to the server; a simple-protocol message may
 * carry several statements (`begin; select set_config(…)`), counted by `statementCount`.
 */
export interface StatementLog {
  /** The texts sent since the last `take`, and forgets them. */
  take(): string[];
  /** Stops recording. */
  stop(): void;
}

/**
 * How many statements a list of sent texts holds: `;`-separated, once `--` comments are left
 * out (our SQL quotes no `;` in strings, but its comments are prose).
 */
export function statementCount(texts: string[]): number {
  return texts.reduce((total, text) => {
    const statements = text.replace(/--[^\n]*/g, "").split(";");
    return total + statements.filter((part) => part.trim() !== "").length;
  }, 0);
}

interface PostgresJsClient {
  options: { debug?: unknown };
}

interface PgliteClient {
  execProtocolStream(message: Uint8Array, options?: unknown): Promise<unknown>;
}

function isPostgresJs(client: unknown): client is PostgresJsClient {
  return typeof client === "function" && "options" in client && typeof client.options === "object";
}

function isPglite(client: unknown): client is PgliteClient {
  return (
    typeof client === "object" &&
    client !== null &&
    "execProtocolStream" in client &&
    typeof client.execProtocolStream === "function"
  );
}

export function recordStatements(db: Database): StatementLog {
  const client: unknown = "$client" in db ? db.$client : undefined;
  let sent: string[] = [];
  const take = () => {
    const taken = sent;
    sent = [];
    return taken;
  };
  if (isPostgresJs(client)) {
    // postgres.js calls `debug` once for each query it sends, prepared or not.
    const previous = client.options.debug;
    client.options.debug = (_connection: number, text: string) => sent.push(text);
    return { take, stop: () => (client.options.debug = previous) };
  }
  if (isPglite(client)) {
    // Every protocol message goes through here: a Parse ('P') or a simple Query ('Q') is a
    // statement; the Bind, Describe, Execute and Sync after a Parse are the same statement.
    const original = client.execProtocolStream;
    client.execProtocolStream = (message, options) => {
      const text = statementText(message);
      if (text !== null) sent.push(text);
      return original.call(client, message, options);
    };
    return { take, stop: () => (client.execProtocolStream = original) };
  }
  throw new Error("Statements can be recorded on PGlite and postgres.js databases only.");
}

const decoder = new TextDecoder();

/** The SQL of a Parse or Query message (type byte, length, [statement name,] text), else null. */
function statementText(message: Uint8Array): string | null {
  const type = message[0];
  if (type !== 0x50 && type !== 0x51) return null;
  let start = 5;
  if (type === 0x50) start = message.indexOf(0, start) + 1; // skip the statement's name
  const end = message.indexOf(0, start);
  return decoder.decode(message.subarray(start, end === -1 ? message.length : end));
}
