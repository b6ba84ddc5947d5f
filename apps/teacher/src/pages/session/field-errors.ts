import type { AppRouter } from "@throughline/api/types";
import type { TRPCClientErrorLike } from "@trpc/client";

/** The server's message for one field of a refused input, if it named that field. */
export function fieldErrorFor(
  error: TRPCClientErrorLike<AppRouter> | null,
  path: string,
): string | null {
  return error?.data?.fieldErrors?.find((fieldError) => fieldError.path === path)?.message ?? null;
}
