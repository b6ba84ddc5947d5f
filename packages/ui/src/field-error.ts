/** An API error as the apps receive it; our server names each wrong field in `data.fieldErrors`. */
export interface ApiErrorLike {
  message: string;
  data?: { fieldErrors?: { path: string; message: string }[] | null } | null;
}

interface FieldErrorOptions {
  /**
   * Also answer with the error's general message when it names no field of this path: for a
   * form of one field, where that message has nowhere else to go. A form of many fields shows
   * the general message once (see `formError`) and leaves this off.
   */
  orGeneral?: boolean;
  /** Also take a message about anything inside the field (`domains.2` for `domains`). */
  nested?: boolean;
}

/** The server's message for one field, to show beside it; null when that field is fine. */
export function fieldError(
  error: ApiErrorLike | null | undefined,
  path: string,
  options: FieldErrorOptions = {},
): string | null {
  if (!error) return null;
  const fields = error.data?.fieldErrors ?? [];
  // The field's own message first, then one about something inside it.
  const named =
    fields.find((entry) => entry.path === path) ??
    (options.nested ? fields.find((entry) => entry.path.startsWith(`${path}.`)) : undefined);
  if (named) return named.message;
  return options.orGeneral ? error.message : null;
}

/** The message for the form as a whole, when the error names none of the form's fields. */
export function formError(
  error: ApiErrorLike | null | undefined,
  paths: readonly string[],
): string | null {
  if (!error) return null;
  const named = error.data?.fieldErrors ?? [];
  return named.some((entry) => paths.includes(entry.path)) ? null : error.message;
}
