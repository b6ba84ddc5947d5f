import superjson, { type SuperJSONResult } from "superjson";

/** Deeper than any answer we build; past it superjson decides (and guards against cycles). */
const MAX_PLAIN_DEPTH = 64;

/**
 * superjson's `serialize` for answers, without its annotating walk when there is nothing to
 * annotate: for a value that is plain JSON already (no Date, undefined, -0, NaN, Map, class
 * instance, hole, object met twice, or key superjson refuses) superjson writes `{ json: value }`
 * and no `meta`, and so does this, after a walk that only looks. Most answers are plain (ids, names, counts, ISO strings), and
 * superjson's walk cost a small query as much as encoding it. Anything else goes to superjson
 * itself. `answer-serializer.test.ts` holds the two equal on generated values.
 */
export function serializeAnswer(value: unknown): SuperJSONResult {
  return isPlainJson(value, 0, new Set())
    ? { json: value as SuperJSONResult["json"] }
    : superjson.serialize(value);
}

/** superjson refuses these keys (prototype pollution); it says so, so it decides. */
const REFUSED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** `seen`: superjson notes an object met twice (`referentialEqualities`), so it decides then. */
function isPlainJson(value: unknown, depth: number, seen: Set<object>): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0);
    case "object":
      if (depth >= MAX_PLAIN_DEPTH || seen.has(value)) return false;
      seen.add(value);
      return Array.isArray(value)
        ? isPlainArray(value, depth, seen)
        : isPlainObject(value, depth, seen);
    default:
      return false;
  }
}

function isPlainArray(array: readonly unknown[], depth: number, seen: Set<object>): boolean {
  for (let index = 0; index < array.length; index += 1) {
    if (!(index in array) || !isPlainJson(array[index], depth + 1, seen)) return false;
  }
  return true;
}

function isPlainObject(object: object, depth: number, seen: Set<object>): boolean {
  const prototype = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) return false;
  for (const key of Object.keys(object)) {
    if (REFUSED_KEYS.has(key)) return false;
    if (!isPlainJson((object as Record<string, unknown>)[key], depth + 1, seen)) return false;
  }
  return true;
}
