import { type ComponentProps, useId } from "react";
import { FieldMessage } from "./field-message.tsx";
import { Label } from "./label.tsx";

interface SelectFieldProps extends Omit<ComponentProps<"select">, "id"> {
  label: string;
  /** The server's message for this field, shown beside it and read out with it. */
  error?: string | null;
}

/** A labelled native select that looks and speaks like `FormField`. */
export function SelectField({ label, error, children, ...selectProps }: SelectFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="block h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground shadow-xs aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger"
        {...selectProps}
      >
        {children}
      </select>
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}
