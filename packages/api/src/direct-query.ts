import { getProcedureAtPath } from "@trpc/server/unstable-core-do-not-import";
import type { RequestContext } from "./context.ts";
import { requestTransformer } from "./request-body.ts";
import { appRouter } from "./root.ts";

/**
 * The tRPC queries a GET address states: `/trpc/<path>?input=…`, or a batch,
 * `/trpc/<path>,<path>?batch=1&input={"0": …, "1": …}` (what the apps send for a page's data).
 */
export interface DirectQueryCall {
  /** The procedures' paths, already decoded (`viewer.me`); more than one only in a batch. */
  paths: string[];
  /** The `input` search parameter as sent, or null when there is none. */
  input: string | null;
  /** `batch=1`: the input is `{"0": …}` and the answer an array, one entry per path. */
  batch: boolean;
}

/**
 * Answers successful tRPC queries without tRPC's fetch adapter: the same procedures, context,
 * input decoding and answer bytes, without building fetch `Request`/`Response` objects, which
 * cost a small request more than its own work. The queries of a batch run together, as tRPC
 * runs them, on one context (one session lookup). Anything else — a mutation, an unknown path,
 * input that does not parse, a procedure that throws — gives null, and the caller answers
 * through the full pipeline instead, so every error keeps tRPC's own shape, status and logging
 * (a query reads, so running it again costs time, never a change).
 */
export async function answerQueryDirectly(
  ctx: RequestContext,
  call: DirectQueryCall,
): Promise<string | null> {
  if (call.paths.length === 0 || (call.paths.length > 1 && !call.batch)) return null;
  const procedures: Procedure[] = [];
  for (const path of call.paths) {
    const procedure = await queryAtPath(path);
    if (!procedure) return null;
    procedures.push(procedure);
  }
  let answers: unknown[];
  try {
    const inputs = decodeInputs(call);
    answers = await Promise.all(
      procedures.map(async (procedure, index) => {
        const input = inputs[index];
        const data = await procedure({
          path: call.paths[index] ?? "",
          getRawInput: async () => input,
          ctx,
          type: "query",
          signal: undefined,
          batchIndex: index,
        });
        // As tRPC's resolveResponse writes a successful query (`transformTRPCResponse`).
        return { result: { data: requestTransformer.output.serialize(data) } };
      }),
    );
  } catch {
    return null;
  }
  return JSON.stringify(call.batch ? answers : answers[0]);
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

/** As tRPC's `getRequestInfo` reads a GET's input: JSON, each call's by its index, then superjson. */
function decodeInputs(call: DirectQueryCall): unknown[] {
  if (!call.input) return call.paths.map(() => undefined);
  const parsed: unknown = JSON.parse(call.input);
  if (!call.batch) return [requestTransformer.input.deserialize(parsed)];
  if (typeof parsed !== "object" || parsed === null)
    throw new Error("A batch's input is an object.");
  return call.paths.map((_path, index) => {
    const own: unknown = Reflect.get(parsed, String(index));
    return own === undefined ? undefined : requestTransformer.input.deserialize(own);
  });
}
