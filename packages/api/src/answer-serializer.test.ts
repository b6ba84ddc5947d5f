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

  it("writes what superjson writes for plain values with dates anywhere, keys with dots included", () => {
    const dates = fc.date({ noInvalidDate: false });
    const key = fc.oneof(fc.string(), fc.constantFrom("a.b", "a\\b", ".", "\\.", "0"));
    const answers = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        fc.string(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        dates,
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(key, tie("value"), { maxKeys: 4 }),
      ),
    })).value;
    fc.assert(fc.property(answers, sameAsSuperjson), { numRuns: 3000 });
  });

  it("leaves an answer with dates in place and notes their paths as superjson does", () => {
    const answer = { enrolments: [{ workshop: { startsAt: new Date(0) } }], "a.b": new Date(1) };
    const written = serializeAnswer(answer);
    expect(written.json).toBe(answer);
    expect(written.meta).toEqual({
      values: { "enrolments.0.workshop.startsAt": ["Date"], "a\\.b": ["Date"] },
      v: 1,
    });
  });

  it.each([
    [
      "one date in two places",
      (() => {
        const at = new Date(5);
        return { a: at, b: [at] };
      })(),
    ],
    ["an invalid date", { at: new Date(Number.NaN) }],
    ["a date at the top", new Date(0)],
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
