import type { ComponentProps } from "react";
import { FieldHint } from "./field-hint.tsx";
import { useFieldIds } from "./field-ids.ts";
import { FieldMessage } from "./field-message.tsx";
import { Label } from "./label.tsx";
import { Textarea } from "./textarea.tsx";
import { cn } from "./utils.ts";

interface TextAreaFieldProps extends Omit<ComponentProps<"textarea">, "id"> {
  label: string;
  /** Help shown under the label, read out with the field. */
  hint?: string;
  /** A message for this field, e.g. from the server's BAD_REQUEST naming the field. */
  error?: string | null;
}

/** A labelled multi-line field whose hint and error are announced with it, like `FormField`. */
export function TextAreaField({
  label,
  hint,
  error,
  className,
  rows = 4,
  ...props
}: TextAreaFieldProps) {
  const { id, hintId, errorId, describedBy } = useFieldIds(undefined, hint, error);
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <Label htmlFor={id}>{label}</Label>
      <FieldHint id={hintId} hint={hint} />
      <Textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...props}
      />
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}
