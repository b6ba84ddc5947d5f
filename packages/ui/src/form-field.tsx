import { type ComponentProps, useId } from "react";
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
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");

  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <Label htmlFor={inputId}>{label}</Label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <Input
        id={inputId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...inputProps}
      />
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}
