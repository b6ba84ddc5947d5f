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
