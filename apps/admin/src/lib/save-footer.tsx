import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import type { ReactNode } from "react";
import { SaveErrorAlert } from "./save-error-alert.tsx";

/**
 * The end of a settings form: its submit button, the saved message (read out when it comes) and
 * the failure for the form as a whole. `failedTitle` is left out by a form that words its own.
 */
export function SaveFooter({
  save,
  label,
  pendingLabel = "Saving…",
  savedTitle,
  savedMessage,
  failedTitle,
}: {
  save: { isPending: boolean; isSuccess: boolean; error: ApiErrorLike | null };
  label: string;
  pendingLabel?: string;
  savedTitle: string;
  savedMessage?: ReactNode;
  failedTitle?: string;
}) {
  return (
    <>
      <Button type="submit" className="self-start" disabled={save.isPending}>
        {save.isPending ? pendingLabel : label}
      </Button>
      <div role="status" aria-live="polite">
        {save.isSuccess ? (
          <Alert variant="success" title={savedTitle}>
            {savedMessage}
          </Alert>
        ) : null}
      </div>
      {failedTitle ? <SaveErrorAlert error={save.error} title={failedTitle} /> : null}
    </>
  );
}
