import type { ApiErrorLike } from "@throughline/ui/field-error";

/**
 * The server's message for this field only. Unlike `fieldError`, it does not fall back to the
 * general message, so a form with many fields does not repeat one refusal under each of them.
 */
export function namedFieldError(error: ApiErrorLike | null, path: string): string | null {
  return error?.data?.fieldErrors?.find((fieldError) => fieldError.path === path)?.message ?? null;
}
