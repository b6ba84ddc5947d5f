import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { appRouter } from "./root.ts";

/*
 * One request may not write without bound: every array (and record) a procedure takes has a
 * most. Walks every procedure's input schema, so a new procedure is checked the day it is added.
 */

type Schema = z.core.$ZodType;

/** The paths inside `schema` of arrays with no maximum and of records with no bound. */
function unbounded(schema: Schema, at: string, seen = new Set<Schema>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (child: unknown, path = at) =>
    child ? unbounded(child as Schema, path, seen) : [];
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, child]) =>
        inner(child, `${at}.${key}`),
      );
    case "array": {
      const checks = (def.checks ?? []) as { _zod: { def: { check: string } } }[];
      const bounded = checks.some(({ _zod }) =>
        ["max_length", "length_equals"].includes(_zod.def.check),
      );
      return [...(bounded ? [] : [at]), ...inner(def.element, `${at}[]`)];
    }
    case "record": {
      // Bounded by its keys (an enum) or by a check on its size (boundedRecord in the domain).
      const keyType = (def.keyType as Schema)._zod.def.type;
      const checked = ((def.checks as unknown[] | undefined) ?? []).length > 0;
      const bounded = keyType === "enum" || keyType === "literal" || checked;
      return [...(bounded ? [] : [`${at} (record)`]), ...inner(def.valueType, `${at}{}`)];
    }
    case "map":
    case "set":
      return [`${at} (${def.type})`];
    case "tuple":
      return (def.items as Schema[]).flatMap((item, index) => inner(item, `${at}[${index}]`));
    case "union":
      return (def.options as Schema[]).flatMap((option) => inner(option));
    case "intersection":
      return [...inner(def.left), ...inner(def.right)];
    case "pipe":
      return [...inner(def.in), ...inner(def.out)];
    case "lazy":
      return inner((def.getter as () => Schema)());
    default:
      // optional, nullable, default, catch, readonly…: the schema they wrap.
      return inner(def.innerType);
  }
}

describe("every input's arrays are bounded", () => {
  it("has a .max() on each array any procedure takes", () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { inputs: Schema[] } }
    >;
    const found = Object.entries(procedures).flatMap(([path, procedure]) =>
      procedure._def.inputs.flatMap((input) => unbounded(input, path)),
    );
    expect(found).toEqual([]);
  });
});
