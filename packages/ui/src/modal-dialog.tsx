import { type ReactNode, useEffect, useRef } from "react";
import { cn } from "./utils.ts";

/**
 * A native modal dialog, shown while `open`: the browser traps focus, closes on Escape and gives
 * focus back to what opened it. Its content renders only while open; the caller puts the heading
 * with the id `titleId` inside it.
 */
export function ModalDialog({
  open,
  titleId,
  onClose,
  className,
  children,
}: {
  open: boolean;
  titleId: string;
  /** Called however the dialog closes (Escape included). */
  onClose: () => void;
  /** Width and the like. */
  className?: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className={cn(
        "m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-6 text-foreground shadow-lg backdrop:bg-black/40",
        className,
      )}
    >
      {open ? children : null}
    </dialog>
  );
}
