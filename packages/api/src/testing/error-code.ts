import { TRPCError } from "@trpc/server";

/** The tRPC error code a call ends with, or "OK": tests read refusals as plain values. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
  return "OK";
}
