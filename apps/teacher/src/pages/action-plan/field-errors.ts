/** The shape of our API's errors: the server names each wrong field (`data.fieldErrors`). */
interface ApiErrorLike {
  message: string;
  data?: { fieldErrors?: { path: string; message: string }[] | null } | null;
}

/** The server's message for one field, to show beside it; null when that field is fine. */
export function fieldError(error: ApiErrorLike | null, path: string): string | null {
  return error?.data?.fieldErrors?.find((fieldError) => fieldError.path === path)?.message ?? null;
}

/** A message for the form as a whole when the error is not about one of its fields. */
export function formError(error: ApiErrorLike | null, paths: readonly string[]): string | null {
  if (!error) return null;
  const fields = error.data?.fieldErrors ?? [];
  return fields.some((fieldError) => paths.includes(fieldError.path)) ? null : error.message;
}
