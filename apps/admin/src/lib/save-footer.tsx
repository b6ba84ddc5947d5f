import { Alert } from "@throughline/ui/alert";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { PendingButton } from "@throughline/ui/pending-button";
import type { ReactNode } from "react";
import { SaveErrorAlert } from "./save-error-alert.tsx";

/**
 * The end of a settings form: its submit button, the saved message (read out when it comes) and
 * the failure for the form as a whole. `failedTitle` is left out by a form that words its own;
 * `savedTitle` by a form that goes elsewhere or clears itself once saved (an "add" form).
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
  savedTitle?: string;
  savedMessage?: ReactNode;
  failedTitle?: string;
}) {
  return (
    <>
      <PendingButton
        type="submit"
        className="self-start"
        pending={save.isPending}
        pendingLabel={pendingLabel}
      >
        {label}
      </PendingButton>
      {savedTitle ? (
        <div role="status" aria-live="polite">
          {save.isSuccess ? (
            <Alert variant="success" title={savedTitle}>
              {savedMessage}
            </Alert>
          ) : null}
        </div>
      ) : null}
      {failedTitle ? <SaveErrorAlert error={save.error} title={failedTitle} /> : null}
    </>
  );
}
