import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { districtSampleIds } from "./testing/district-sample-ids.ts";
import { inputsToTry } from "./testing/foreign-inputs.ts";
import { testApiPerFile } from "./testing/test-api-per-file.ts";
import { arbitraryFor } from "./testing/zod-arbitrary.ts";
import { procedureInputs } from "./testing/zod-walk.ts";

/*
 * No input makes the server answer 500. Every procedure of the router is called, signed in as
 * someone it is for, with (1) the tenant-isolation test's input aimed at the caller's own rows,
 * so it reaches the database, (2) that input with its text, numbers, arrays and ids swapped for
 * hostile values (NUL, broken surrogates, a megabyte, right-to-left marks, `__proto__`, huge and
 * negative numbers, empty arrays), and (3) inputs generated from the procedure's own zod schema
 * with a fixed seed. Refusals of any kind are fine; INTERNAL_SERVER_ERROR is not.
 */

const CALLERS = [
  "admin@maplevalley.test",
  "teacher@maplevalley.test",
  "coach@maplevalley.test",
  "principal@maplevalley.test",
  "leah.whitfield@maplevalley.test",
  "theresa.lam@maplevalley.test",
  "leader@maplevalley.test",
];
const GENERATED_PER_PROCEDURE = 2;
const SEED = 17;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Call = (input: unknown) => Promise<unknown>;
const api = testApiPerFile();
let callers: { email: string; caller: unknown }[];
let sampleInput: (path: string) => unknown;
let idPool: string[];

beforeAll(async () => {
  callers = [];
  for (const email of CALLERS) callers.push({ email, caller: await api.callerFor(email) });
  const ids = await districtSampleIds(api.db, "maple-valley", "teacher@maplevalley.test", CALLERS);
  idPool = Object.values(ids).filter((id) => id !== "");
  sampleInput = (path) => inputsToTry[path]?.(ids);
}, 60_000);

function procedureOf(caller: unknown, path: string): Call {
  // The caller is a proxy keyed by path segments; walking it by name is the point of this test.
  let target: unknown = caller;
  for (const segment of path.split(".")) target = (target as Record<string, unknown>)[segment];
  return target as Call;
}

/** The input with every leaf passed through `swap` (dates and other objects kept whole). */
function mapLeaves(value: unknown, swap: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(value)) return swap(value.map((item) => mapLeaves(item, swap)));
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, mapLeaves(child, swap)]),
    );
  }
  return swap(value);
}

const isText = (leaf: unknown) => typeof leaf === "string" && !UUID.test(leaf);
const isId = (leaf: unknown) => typeof leaf === "string" && UUID.test(leaf);

/** The sample input with its leaves swapped for hostile values, one kind at a time. */
function hostileVariants(base: unknown): unknown[] {
  const text = (to: string) => mapLeaves(base, (leaf) => (isText(leaf) ? to : leaf));
  const number = (to: number) => mapLeaves(base, (leaf) => (typeof leaf === "number" ? to : leaf));
  // An own `__proto__` key, as JSON.parse makes it from a request body.
  const withProto = Object.assign(JSON.parse('{"__proto__":{"polluted":true}}'), base);
  return [
    text("a\u0000b"),
    text("\ud800x"),
    text("x".repeat(1_000_000)),
    text("\u202eevil\u200f 😀"),
    number(1e308),
    number(-1),
    mapLeaves(base, (leaf) => (Array.isArray(leaf) ? [] : leaf)),
    mapLeaves(base, (leaf) => (isId(leaf) ? "__proto__" : leaf)),
    typeof base === "object" && base !== null ? withProto : "__proto__",
  ];
}

/** Calls the procedure and describes a 500, or returns null for any other outcome. */
async function fiveHundred(call: Call, input: unknown): Promise<string | null> {
  try {
    await call(input);
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "INTERNAL_SERVER_ERROR") return null;
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? String(error);
    const shown = JSON.stringify(input, (_, value) =>
      typeof value === "string" && value.length > 40
        ? `${value.slice(0, 20)}…(${value.length})`
        : value,
    );
    return `${shown?.slice(0, 300)} → ${cause.slice(0, 300)}`;
  }
}

/** The first caller the procedure is for (not refused as forbidden or signed out). */
async function callerFitting(path: string, input: unknown): Promise<Call> {
  for (const { caller } of callers) {
    const call = procedureOf(caller, path);
    try {
      await call(input);
      return call;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "FORBIDDEN" && code !== "UNAUTHORIZED") return call;
    }
  }
  return procedureOf(callers[0]?.caller, path);
}

const procedures = procedureInputs(appRouter._def.procedures);

describe("no input makes any procedure answer 500", () => {
  it.each(procedures.map(({ path, inputs }) => [path, inputs] as const))(
    "%s",
    async (path, inputs) => {
      const base = sampleInput(path);
      const call = await callerFitting(path, base);
      const [schema] = inputs;
      const generated = schema
        ? fc.sample(arbitraryFor(schema, { ids: idPool }), {
            seed: SEED,
            numRuns: GENERATED_PER_PROCEDURE,
          })
        : [];
      const tries = schema ? [base, ...hostileVariants(base), ...generated] : [undefined];
      // Each call is its own request and transaction; they run side by side to keep this quick.
      const outcomes = await Promise.all(tries.map((input) => fiveHundred(call, input)));
      expect(outcomes.filter((failure) => failure !== null)).toEqual([]);
    },
  );
});
