import { TRPCError } from "@trpc/server";
import { z } from "zod";

/**
 * A BAD_REQUEST (or a CONFLICT, NOT_FOUND) that names its field like a failed input schema
 * does, for rules only the database can check (a name already taken, a step that is not the
 * district's).
 */
export function fieldProblem(
  path: (string | number)[],
  message: string,
  code: "BAD_REQUEST" | "CONFLICT" | "NOT_FOUND" = "BAD_REQUEST",
): TRPCError {
  // Made by a failed parse: a hand-built ZodError is not an Error, and tRPC would wrap it away.
  const failed = z
    .unknown()
    .superRefine((_, ctx) => ctx.addIssue({ code: "custom", path, message }))
    .safeParse(null);
  return new TRPCError({ code, message, cause: failed.error });
}

/**
 * Checks `value` against a rule built for this request (a rubric's criteria, a set's samples):
 * a failure answers BAD_REQUEST with `message` and each problem on its own field, like a failed
 * input schema.
 */
export function requireValid(schema: z.ZodType, value: unknown, message: string): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new TRPCError({ code: "BAD_REQUEST", message, cause: parsed.error });
}
