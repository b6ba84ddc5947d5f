import type { ApiErrorLike } from "@throughline/ui/field-error";

/** The server's message for this field only (the general message is shown once, elsewhere). */
export function fieldMessage(error: ApiErrorLike | null, path: string): string | null {
  return error?.data?.fieldErrors?.find((problem) => problem.path === path)?.message ?? null;
}
