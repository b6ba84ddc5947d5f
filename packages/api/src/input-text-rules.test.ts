import { hasTextRule } from "@throughline/domain/text";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { childrenOf, defOf, procedureInputs, type Schema } from "./testing/zod-walk.ts";

/*
 * Every text field of every procedure's input is built with the shared text rule
 * (`packages/domain/src/text.ts`), which refuses NUL, hidden control characters and broken
 * surrogates with a message naming the field. A field added as a bare `z.string()` fails here the
 * day it is added, before its first NUL reaches the database as a 500.
 */

/** Formats whose whole-string pattern admits only letters, digits and punctuation. */
const SAFE_FORMATS = new Set(["uuid", "guid", "email", "date", "datetime", "time", "duration"]);

/** Text that has passed the rule: a ruled string, or a pipe that starts with one. */
function isRuledText(schema: Schema): boolean {
  const def = defOf(schema);
  if (def.type === "string") return hasTextRule(schema);
  return def.type === "pipe" && isRuledText(def.in as Schema);
}

/** Paths of string fields that neither carry the rule nor come out of a pipe that checked it. */
function unruledStrings(schema: Schema, path: string, seen: Set<Schema>): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  if (def.type === "string") {
    const safeFormat = typeof def.format === "string" && SAFE_FORMATS.has(def.format);
    return hasTextRule(schema) || safeFormat ? [] : [path || "(input)"];
  }
  // What a pipe hands on from checked text (trimmed, lowercased, parsed as a URL) stays checked.
  if (def.type === "pipe" && isRuledText(def.in as Schema)) return [];
  return childrenOf(schema).flatMap(({ segment, schema: child }) =>
    unruledStrings(child, segment === "" ? path : path ? `${path}.${segment}` : segment, seen),
  );
}

function stringFieldsWithoutTextRule(): string[] {
  return procedureInputs(appRouter._def.procedures).flatMap(({ path, inputs }) =>
    inputs.flatMap((input) =>
      unruledStrings(input, "", new Set()).map((field) => `${path}: ${field}`),
    ),
  );
}

describe("text fields of every input", () => {
  it("carry the shared text rule (or are an id, email or date)", () => {
    expect(stringFieldsWithoutTextRule()).toEqual([]);
  });
});
