import type { ComponentProps, ReactNode } from "react";
import { Button } from "./button.tsx";
import { cn } from "./utils.ts";

/**
 * The buttons that end a form: submit, saying what it is doing and not pressable again while the
 * server works, and Cancel.
 */
export function SubmitCancelButtons({
  pending,
  submitLabel,
  pendingLabel,
  onCancel,
  cancelVariant = "ghost",
  size,
  className,
}: {
  pending: boolean;
  submitLabel: ReactNode;
  /** e.g. "Saving…" */
  pendingLabel: string;
  onCancel: () => void;
  cancelVariant?: "ghost" | "secondary";
  size?: ComponentProps<typeof Button>["size"];
  className?: string;
}) {
  return (
    <div className={cn("flex gap-2", className)}>
      <Button type="submit" size={size} disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
      <Button type="button" variant={cancelVariant} size={size} onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
