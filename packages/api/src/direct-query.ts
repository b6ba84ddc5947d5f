import { getProcedureAtPath } from "@trpc/server/unstable-core-do-not-import";
import type { RequestContext } from "./context.ts";
import { requestTransformer } from "./request-body.ts";
import { appRouter } from "./root.ts";

/** One tRPC query as its GET address states it: `/trpc/<path>?batch=1&input=…`. */
export interface DirectQueryCall {
  /** The procedure's path, already decoded (`viewer.me`); never a comma-joined batch. */
  path: string;
  /** The `input` search parameter as sent, or null when there is none. */
  input: string | null;
  /** `batch=1`: the input is `{"0": …}` and the answer a one-element array. */
  batch: boolean;
}

/**
 * Answers one successful tRPC query without tRPC's fetch adapter: the same procedure, context,
 * input decoding and answer bytes, without building fetch `Request`/`Response` objects, which
 * cost a small request more than its own work. Anything else — a mutation, an unknown path,
 * input that does not parse, a procedure that throws — gives null, and the caller answers
 * through the full pipeline instead, so every error keeps tRPC's own shape, status and logging
 * (a query reads, so running it again costs time, never a change).
 */
export async function answerQueryDirectly(
  ctx: RequestContext,
  call: DirectQueryCall,
): Promise<string | null> {
  const procedure = await queryAtPath(call.path);
  if (!procedure) return null;
  let input: unknown;
  let data: unknown;
  try {
    input = decodeInput(call);
    data = await procedure({
      path: call.path,
      getRawInput: async () => input,
      ctx,
      type: "query",
      signal: undefined,
      batchIndex: 0,
    });
  } catch {
    return null;
  }
  // As tRPC's resolveResponse writes a successful query (`transformTRPCResponse`).
  const answer = { result: { data: requestTransformer.output.serialize(data) } };
  return JSON.stringify(call.batch ? [answer] : answer);
}

type Procedure = NonNullable<Awaited<ReturnType<typeof getProcedureAtPath>>>;

/** Queries found by path: only paths that name one are kept, so the map holds at most them all. */
const queries = new Map<string, Procedure>();

async function queryAtPath(path: string): Promise<Procedure | null> {
  const known = queries.get(path);
  if (known) return known;
  const procedure = await getProcedureAtPath(appRouter, path);
  // A path such as `constructor` finds the record's prototype, not a procedure.
  if (typeof procedure !== "function" || procedure._def?.type !== "query") return null;
  queries.set(path, procedure);
  return procedure;
}

/** As tRPC's `getRequestInfo` reads a GET's input: JSON, the batch's first, then superjson. */
function decodeInput(call: DirectQueryCall): unknown {
  if (!call.input) return undefined;
  const parsed: unknown = JSON.parse(call.input);
  if (!call.batch) return requestTransformer.input.deserialize(parsed);
  if (typeof parsed !== "object" || parsed === null)
    throw new Error("A batch's input is an object.");
  const first: unknown = Reflect.get(parsed, "0");
  return first === undefined ? undefined : requestTransformer.input.deserialize(first);
}
