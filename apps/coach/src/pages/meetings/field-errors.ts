/** Our API's errors name each wrong field in `data.fieldErrors`. */
export interface ApiErrorLike {
  message: string;
  data?: { fieldErrors?: { path: string; message: string }[] | null } | null;
}

/** The message for one field, from the server or from checks done before sending. */
export function messageFor(
  error: ApiErrorLike | null,
  local: Record<string, string>,
  path: string,
): string | null {
  return (
    local[path] ??
    error?.data?.fieldErrors?.find((fieldError) => fieldError.path === path)?.message ??
    null
  );
}

/** The error for the form as a whole when it names none of the form's fields. */
export function generalMessage(error: ApiErrorLike | null, paths: readonly string[]) {
  if (!error) return null;
  const named = error.data?.fieldErrors ?? [];
  return named.some((fieldError) => paths.includes(fieldError.path)) ? null : error.message;
}
