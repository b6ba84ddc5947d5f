import { type ReactNode, useId } from "react";
import { Button, type ButtonVariant } from "./button.tsx";
import { ModalDialog } from "./modal-dialog.tsx";

/**
 * Asks before an action that cannot be taken back. A native modal dialog: the browser traps
 * focus, closes on Escape and gives focus back to what opened it.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  pendingLabel,
  confirmVariant = "primary",
  cancelLabel = "Cancel",
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  confirmVariant?: ButtonVariant;
  cancelLabel?: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const titleId = useId();
  return (
    <ModalDialog open={open} titleId={titleId} onClose={onClose}>
      <div className="flex flex-col gap-4">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div className="text-sm text-muted-foreground">{children}</div>
        {error ? (
          <p role="alert" className="text-sm font-medium text-danger">
            {error}
          </p>
        ) : null}
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button variant={confirmVariant} onClick={onConfirm} disabled={pending}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={pending}>
            {cancelLabel}
          </Button>
        </div>
      </div>
    </ModalDialog>
  );
}
