import fc from "fast-check";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { serializeAnswer } from "./answer-serializer.ts";

/** The same JSON, or the same refusal (superjson throws on keys such as `__proto__`). */
function sameAsSuperjson(value: unknown): void {
  const written = (serialize: (value: unknown) => unknown) => {
    try {
      return JSON.stringify(serialize(value));
    } catch (error) {
      return `refused: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  expect(written(serializeAnswer)).toBe(written((v) => superjson.serialize(v)));
}

describe("serializeAnswer", () => {
  it("writes what superjson writes for any value", () => {
    const anything = fc.anything({
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBigInt: true,
      withBoxedValues: true,
      withTypedArray: true,
      withObjectString: true,
    });
    const records = fc.dictionary(fc.string(), fc.oneof(fc.double(), anything));
    fc.assert(fc.property(fc.oneof(fc.double(), anything, records), sameAsSuperjson), {
      numRuns: 2000,
    });
  });

  it.each([
    ["a plain answer", { id: "a", names: ["x", "y"], count: 3, nested: { ok: true, none: null } }],
    ["a date inside", { at: new Date(0), list: [{ at: new Date(1) }] }],
    ["undefined in an object", { a: undefined, b: 1 }],
    ["undefined at the top", undefined],
    ["negative zero", { n: -0 }],
    ["NaN and infinity", [Number.NaN, Number.POSITIVE_INFINITY]],
    ["a hole in an array", Object.assign(new Array<unknown>(3), { 1: "b" })],
    [
      "a class instance",
      new (class Point {
        x = 1;
      })(),
    ],
    ["an object without a prototype", Object.assign(Object.create(null), { a: 1 })],
    [
      "one object in two places",
      (() => {
        const shared = { x: 1 };
        return { a: shared, b: [shared] };
      })(),
    ],
    ["a key superjson refuses", JSON.parse('{"__proto__": 1}')],
    [
      "a cycle",
      (() => {
        const cycle: Record<string, unknown> = {};
        cycle.self = cycle;
        return cycle;
      })(),
    ],
    ["a deep chain", Array.from({ length: 80 }).reduce<unknown>((inner) => ({ inner }), 1)],
  ])("%s", (_label, value) => {
    sameAsSuperjson(value);
  });

  it("returns a plain answer as it is, without superjson's walk", () => {
    const answer = { id: "a", list: [1, 2] };
    expect(serializeAnswer(answer)).toEqual({ json: answer });
    expect(serializeAnswer(answer).json).toBe(answer);
  });
});
