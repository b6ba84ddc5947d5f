import superjson, { type SuperJSONResult } from "superjson";

/** Deeper than any answer we build; past it superjson decides (and guards against cycles). */
const MAX_PLAIN_DEPTH = 64;

/**
 * superjson's `serialize` for answers, without its annotating walk when the answer is plain JSON
 * apart from dates: for a value with no undefined, -0, NaN, Map, class instance, hole, object met
 * twice, or key superjson refuses, superjson writes the value with each date as its ISO string,
 * and notes each date's path in `meta.values`; so does this, after a walk that only looks (a
 * date is left in place: `JSON.stringify` writes it as the same ISO string). Most answers are
 * plain (ids, names, counts, ISO strings) or carry a few dates, and superjson's walk cost a
 * small query as much as encoding it (a teacher's home, with one date: 50 µs against 7 µs).
 * Anything else goes to superjson itself. `answer-serializer.test.ts` holds the two equal, once
 * written as JSON, on generated values.
 */
export function serializeAnswer(value: unknown): SuperJSONResult {
  // A date at the top is annotated with no path: superjson decides.
  if (value instanceof Date) return superjson.serialize(value);
  const annotations = annotationsOf(value, 0, new Set());
  if (annotations === NOT_PLAIN) return superjson.serialize(value);
  const json = value as SuperJSONResult["json"];
  return annotations === undefined ? { json } : { json, meta: { values: annotations, v: 1 } };
}

/** superjson refuses these keys (prototype pollution); it says so, so it decides. */
const REFUSED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

const NOT_PLAIN = Symbol("not plain");
type DateAnnotation = ["Date"];
/** As superjson's walk builds them: each date below a value by its escaped, dotted path. */
type Annotations = Record<string, DateAnnotation>;

/**
 * What superjson would note for `value`: nothing for plain JSON, `["Date"]` for a date, the
 * dates below an object or array; NOT_PLAIN when superjson must decide. `seen`: superjson
 * notes an object met twice (`referentialEqualities`), so it decides then.
 */
function annotationsOf(
  value: unknown,
  depth: number,
  seen: Set<object>,
): DateAnnotation | Annotations | undefined | typeof NOT_PLAIN {
  if (value === null) return undefined;
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      return Number.isFinite(value) && !Object.is(value, -0) ? undefined : NOT_PLAIN;
    case "object": {
      if (depth >= MAX_PLAIN_DEPTH || seen.has(value)) return NOT_PLAIN;
      seen.add(value);
      if (value instanceof Date) return isPlainDate(value) ? ["Date"] : NOT_PLAIN;
      if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index += 1)
          if (!(index in value)) return NOT_PLAIN;
      } else {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) return NOT_PLAIN;
      }
      return entryAnnotations(value, depth, seen);
    }
    default:
      return NOT_PLAIN;
  }
}

/**
 * The dates below an object or array, gathered as superjson's walk gathers them (a child's
 * date under its escaped key, a child's own dates under `key.path`), so that the keys come in
 * the same order: an object puts keys that are array indices first, whatever order they came in.
 */
function entryAnnotations(
  value: object,
  depth: number,
  seen: Set<object>,
): Annotations | undefined | typeof NOT_PLAIN {
  let inner: Annotations | undefined;
  for (const key of Object.keys(value)) {
    if (REFUSED_KEYS.has(key)) return NOT_PLAIN;
    const below = annotationsOf((value as Record<string, unknown>)[key], depth + 1, seen);
    if (below === undefined) continue;
    if (below === NOT_PLAIN) return NOT_PLAIN;
    inner ??= {};
    if (Array.isArray(below)) {
      inner[escapeKey(key)] = below;
    } else {
      for (const [path, annotation] of Object.entries(below)) {
        inner[`${escapeKey(key)}.${path}`] = annotation;
      }
    }
  }
  return inner;
}

/** A valid date of the Date class itself, written by `JSON.stringify` as superjson writes it. */
function isPlainDate(date: Date): boolean {
  if (Object.getPrototypeOf(date) !== Date.prototype || Object.hasOwn(date, "toJSON")) return false;
  return !Number.isNaN(date.valueOf());
}

/** superjson's `escapeKey`. */
function escapeKey(key: string): string {
  return key.replace(/\\/g, "\\\\").replace(/\./g, "\\.");
}
