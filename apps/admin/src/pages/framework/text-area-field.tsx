import { Label } from "@throughline/ui/label";
import { type ComponentProps, useId } from "react";
import { FieldMessage } from "./field-message.tsx";

export interface TextAreaFieldProps extends Omit<ComponentProps<"textarea">, "id"> {
  label: string;
  hint?: string;
  error?: string | null;
}

/** A labelled textarea whose hint and error are announced with it, like `FormField`. */
export function TextAreaField({ label, hint, error, rows = 4, ...props }: TextAreaFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="block w-full rounded-md border border-input bg-surface px-3 py-2 text-base text-foreground aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger disabled:bg-muted"
        {...props}
      />
      <FieldMessage id={`${id}-error`} message={error ?? null} />
    </div>
  );
}
