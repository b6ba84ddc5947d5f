import fc from "fast-check";
import { childrenOf, defOf, type Schema } from "./zod-walk.ts";

/*
 * Inputs made from a procedure's own zod schema: mostly the right shape, with the values a
 * careless client or an attacker sends (NUL, broken surrogates, a megabyte, right-to-left
 * marks, `__proto__`, huge and negative numbers, empty arrays), so a test can look for 500s.
 */

export const HOSTILE_STRINGS = [
  "a\u0000b",
  "\ud800x",
  "x\udfff",
  "\u202eevil\u200f",
  "__proto__",
  "constructor",
  "x".repeat(1_000_000),
  "'; drop table person; --",
  "\u0007\u001b[31m",
  "",
  " ",
  "😀".repeat(50),
] as const;

export const HOSTILE_NUMBERS = [
  -1,
  0,
  2 ** 31,
  2 ** 53 + 1,
  1e308,
  -1e308,
  0.5,
  Number.MAX_SAFE_INTEGER,
] as const;

/** Where a generated id may point: real rows of the caller's district, or nowhere. */
export interface ArbitraryOptions {
  ids: readonly string[];
}

const dates = [
  new Date("2026-11-25T15:00:00Z"),
  new Date("1900-01-01T00:00:00Z"),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Number.NaN),
];

function stringFor(def: Record<string, unknown>, options: ArbitraryOptions) {
  const hostile = fc.constantFrom(...HOSTILE_STRINGS);
  switch (def.format) {
    case "uuid":
    case "guid":
      return fc.oneof(fc.constantFrom(...options.ids), fc.uuid(), hostile);
    case "email":
      return fc.oneof(fc.constant("someone.new@maplevalley.test"), hostile);
    case "date":
      return fc.oneof(fc.constantFrom("2026-11-25", "0001-01-01", "9999-12-31"), hostile);
    default:
      return fc.oneof(fc.string({ maxLength: 20 }), hostile);
  }
}

const numbers = fc.oneof(
  fc.integer({ min: -5, max: 500 }),
  fc.double({ min: -5, max: 500, noNaN: true }),
  fc.constantFrom(...HOSTILE_NUMBERS),
);

function objectFor(schema: Schema, options: ArbitraryOptions) {
  const entries = childrenOf(schema).filter(({ segment }) => segment !== "(other keys)");
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const { segment, schema: child } of entries) shape[segment] = arbitraryFor(child, options);
  return fc.record(shape, { requiredKeys: entries.map(({ segment }) => segment) });
}

/** An arbitrary for the schema, leaning towards valid shapes with hostile leaves. */
export function arbitraryFor(schema: Schema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = () => {
    const [child] = childrenOf(schema);
    return child ? arbitraryFor(child.schema, options) : fc.constant(undefined);
  };
  switch (def.type) {
    case "string":
      return stringFor(def, options);
    case "number":
    case "int":
      return numbers;
    case "boolean":
      return fc.boolean();
    case "bigint":
      return fc.bigInt();
    case "date":
      return fc.constantFrom(...dates);
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    case "object":
      return objectFor(schema, options);
    case "array":
    case "set":
      return fc.array(inner(), { maxLength: 3 });
    case "tuple":
      return fc.tuple(...childrenOf(schema).map(({ schema: item }) => arbitraryFor(item, options)));
    case "record":
    case "map": {
      const [key, value] = childrenOf(schema);
      if (!key || !value) return fc.constant({});
      return fc.dictionary(
        arbitraryFor(key.schema, options).map(String),
        arbitraryFor(value.schema, options),
        { maxKeys: 3 },
      );
    }
    case "union":
      return fc.oneof(
        ...childrenOf(schema).map(({ schema: option }) => arbitraryFor(option, options)),
      );
    case "optional":
    case "default":
    case "prefault":
      return fc.option(inner(), { nil: undefined });
    case "nullable":
      return fc.option(inner(), { nil: null });
    case "pipe": {
      // A preprocess is a pipe from a transform: the schema after it says what to send.
      const from = defOf(def.in as Schema).type === "transform" ? def.out : def.in;
      return arbitraryFor(from as Schema, options);
    }
    case "intersection":
    case "lazy":
    case "readonly":
    case "catch":
    case "nonoptional":
      return inner();
    default:
      return fc.anything({ maxDepth: 1 });
  }
}
