import type { TRPCError } from "@trpc/server";
import { ZodError } from "zod";

export interface FieldError {
  path: string;
  message: string;
}

/** Zod issues as `path: message` pairs, so a client can put each message next to its field. */
export function fieldErrorsOf(error: TRPCError): FieldError[] | null {
  const cause = error.cause;
  if (!(cause instanceof ZodError)) return null;
  return cause.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(input)",
    message: issue.message,
  }));
}

/** A readable summary such as "email: Enter a valid email address". */
export function describeFieldErrors(fieldErrors: FieldError[]): string {
  return fieldErrors.map((fieldError) => `${fieldError.path}: ${fieldError.message}`).join("; ");
}
