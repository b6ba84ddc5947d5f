import { CircleAlert } from "lucide-react";
import { type ComponentProps, useId } from "react";
import { Input } from "./input.tsx";
import { Label } from "./label.tsx";
import { cn } from "./utils.ts";

export interface FormFieldProps extends Omit<ComponentProps<"input">, "id"> {
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
      {error ? (
        <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-danger">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
