import type { ReactNode } from "react";
import { FieldHint } from "./field-hint.tsx";
import { useFieldIds } from "./field-ids.ts";
import { FieldMessage } from "./field-message.tsx";
import { cn } from "./utils.ts";

/**
 * One checkbox with its label beside it, and under the label a hint (read out with the box) and
 * the server's message for it. A label with a hint is set in medium weight, as the option's name.
 */
export function CheckboxField({
  label,
  hint,
  error,
  checked,
  disabled,
  onChange,
  className,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  const { id, hintId, errorId, describedBy } = useFieldIds(undefined, hint, error);
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-primary"
          checked={checked}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        <div className="flex flex-col gap-0.5">
          <label htmlFor={id} className={cn("text-sm text-foreground", hint && "font-medium")}>
            {label}
          </label>
          <FieldHint id={hintId} hint={hint} />
        </div>
      </div>
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}
