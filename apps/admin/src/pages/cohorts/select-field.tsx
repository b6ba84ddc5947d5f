import { Label } from "@throughline/ui/label";
import { CircleAlert } from "lucide-react";
import { type ComponentProps, useId } from "react";

interface SelectFieldProps extends Omit<ComponentProps<"select">, "id"> {
  label: string;
  /** The server's message for this field, shown beside it and read out with it. */
  error?: string | null;
}

/** A labelled select that looks and speaks like `FormField`. */
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
        className="block h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger"
        {...selectProps}
      >
        {children}
      </select>
      {error ? <FieldMessage id={errorId} message={error} /> : null}
    </div>
  );
}

/** A field's error line, with its id for `aria-describedby`. */
export function FieldMessage({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-danger">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </p>
  );
}
