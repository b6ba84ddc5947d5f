import { type FormEvent, type ReactNode, useId, useState } from "react";
import { Button } from "./button.tsx";
import { FormField } from "./form-field.tsx";
import { ModalDialog } from "./modal-dialog.tsx";

/**
 * Asks for a short reason before an action (setting a recommendation aside, for one). A native
 * modal dialog: the browser traps focus, closes on Escape and gives focus back. The caller runs
 * the action and passes its pending state and the server's message for the reason field.
 */
export function ReasonDialog({
  open,
  title,
  explanation,
  hint,
  submitLabel,
  pendingLabel,
  cancelLabel,
  pending,
  error,
  onSubmit,
  onClose,
}: {
  open: boolean;
  title: ReactNode;
  explanation: ReactNode;
  hint: string;
  submitLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  /** The server's message about the reason, shown next to the field. */
  error: string | null;
  onSubmit: (reason: string) => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const [reason, setReason] = useState("");

  const close = () => {
    setReason("");
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(reason);
  };

  return (
    <ModalDialog open={open} titleId={titleId} onClose={close}>
      <form className="flex flex-col gap-4" onSubmit={submit} noValidate>
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{explanation}</p>
        <FormField
          label="Reason"
          name="reason"
          value={reason}
          maxLength={200}
          onChange={(event) => setReason(event.target.value)}
          error={error}
          hint={hint}
        />
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button type="submit" disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </Button>
          <Button type="button" variant="secondary" onClick={close} disabled={pending}>
            {cancelLabel}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
