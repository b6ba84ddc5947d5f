import { TRPCError } from "@trpc/server";
import { type FieldError, fieldErrorsOf } from "../errors.ts";

/** The code and named fields a refused call ends with, as a client would read them. */
export async function refusalOf(
  call: Promise<unknown>,
): Promise<{ code: string; fieldErrors: FieldError[] | null }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, fieldErrors: fieldErrorsOf(error) };
    throw error;
  }
  return { code: "OK", fieldErrors: null };
}
