import type { z } from "zod";

/*
 * Walks a zod 4 schema node by node, so a test can look at every field of every procedure's
 * input (which string fields carry the text rule; what a generator should make for each).
 */

export type Schema = z.core.$ZodType;

/** A schema's definition, read loosely: its shape depends on `type`. */
export function defOf(schema: Schema): Record<string, unknown> & { type: string } {
  return schema._zod.def as unknown as Record<string, unknown> & { type: string };
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && "_zod" in value;
}

/** The schemas directly inside this one, each with the path segment that leads to it. */
export function childrenOf(schema: Schema): { segment: string; schema: Schema }[] {
  const def = defOf(schema);
  const children: { segment: string; schema: Schema }[] = [];
  const add = (segment: string, value: unknown) => {
    if (isSchema(value)) children.push({ segment, schema: value });
  };
  switch (def.type) {
    case "object": {
      const shape = (def.shape ?? {}) as Record<string, unknown>;
      for (const [key, value] of Object.entries(shape)) add(key, value);
      add("(other keys)", def.catchall);
      break;
    }
    case "array":
      add("[]", def.element);
      break;
    case "tuple":
      for (const [index, item] of ((def.items ?? []) as unknown[]).entries())
        add(String(index), item);
      add("[]", def.rest);
      break;
    case "record":
    case "map":
      add("(key)", def.keyType);
      add("(value)", def.valueType);
      break;
    case "set":
      add("[]", def.valueType);
      break;
    case "union":
      for (const option of (def.options ?? []) as unknown[]) add("", option);
      break;
    case "intersection":
      add("", def.left);
      add("", def.right);
      break;
    case "pipe":
      add("", def.in);
      add("", def.out);
      break;
    case "lazy":
      add("", (def.getter as () => unknown)());
      break;
    default:
      // optional, nullable, default, prefault, catch, readonly, nonoptional, promise …
      add("", def.innerType);
  }
  return children;
}

/** The router's procedures by path ("actionPlan.addStep"), with their input schemas. */
export function procedureInputs(procedures: unknown): { path: string; inputs: Schema[] }[] {
  const record = procedures as Record<string, { _def: { inputs: unknown[] } }>;
  return Object.entries(record).map(([path, procedure]) => ({
    path,
    inputs: procedure._def.inputs.filter(isSchema),
  }));
}
