import { Alert } from "@throughline/ui/alert";
import type { ApiErrorLike } from "@throughline/ui/field-error";

/**
 * A failed save's message for the form as a whole. An error that names fields is shown beside
 * those fields instead, so this stays empty then.
 */
export function SaveErrorAlert({ error, title }: { error: ApiErrorLike | null; title: string }) {
  if (!error || error.data?.fieldErrors) return null;
  return (
    <Alert variant="error" title={title}>
      {error.message}
    </Alert>
  );
}
