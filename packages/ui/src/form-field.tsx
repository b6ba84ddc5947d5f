import type { ComponentProps } from "react";
import { FieldHint } from "./field-hint.tsx";
import { useFieldIds } from "./field-ids.ts";
import { FieldMessage } from "./field-message.tsx";
import { Input } from "./input.tsx";
import { Label } from "./label.tsx";
import { cn } from "./utils.ts";

interface FormFieldProps extends Omit<ComponentProps<"input">, "id"> {
  label: string;
  /** Help shown under the label, read out with the field. */
  hint?: string;
  /** A message for this field, e.g. from the server's BAD_REQUEST naming the field. */
  error?: string | null;
  id?: string;
}

/** A labelled input whose hint and error message are announced with it. */
export function FormField({ label, hint, error, id, className, ...inputProps }: FormFieldProps) {
  const { id: inputId, hintId, errorId, describedBy } = useFieldIds(id, hint, error);

  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <Label htmlFor={inputId}>{label}</Label>
      <FieldHint id={hintId} hint={hint} />
      <Input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...inputProps}
      />
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}
