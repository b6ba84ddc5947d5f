/** An API error as the apps receive it; our server names each wrong field in `data.fieldErrors`. */
export interface ApiErrorLike {
  message: string;
  data?: { fieldErrors?: { path: string; message: string }[] | null } | null;
}

/** The server's message for one field, or its general message when it named no field. */
export function fieldError(error: ApiErrorLike | null, path: string): string | null {
  if (!error) return null;
  return (
    error.data?.fieldErrors?.find((fieldError) => fieldError.path === path)?.message ??
    error.message
  );
}
