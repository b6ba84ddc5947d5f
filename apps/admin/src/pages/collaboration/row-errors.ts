import type { ApiErrorLike } from "@throughline/ui/field-error";

/** The server's messages for row `index` of the list `list` ("periods.2.endMinute"), joined. */
export function rowError(error: ApiErrorLike | null, list: string, index: number): string | null {
  const messages =
    error?.data?.fieldErrors
      ?.filter((problem) => problem.path.startsWith(`${list}.${index}.`))
      .map((problem) => problem.message) ?? [];
  return messages.length > 0 ? messages.join(". ") : null;
}
