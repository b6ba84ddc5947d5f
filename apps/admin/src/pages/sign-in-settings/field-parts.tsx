import { Label } from "@throughline/ui/label";
import { CircleAlert } from "lucide-react";

export function FieldMessage({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="flex items-start gap-1.5 text-sm font-medium text-danger">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </p>
  );
}

/** A labelled text area with its hint and the server's message for it. */
export function TextAreaField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  error: string | null;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const describedBy = [
    props.hint ? `${props.id}-hint` : null,
    props.error ? `${props.id}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={props.id}>{props.label}</Label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="text-sm text-muted-foreground">
          {props.hint}
        </p>
      ) : null}
      <textarea
        id={props.id}
        rows={props.rows ?? 3}
        value={props.value}
        disabled={props.disabled}
        spellCheck={false}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="block w-full rounded-md border border-input bg-surface px-3 py-2 font-mono text-sm text-foreground"
        onChange={(event) => props.onChange(event.target.value)}
      />
      <FieldMessage id={`${props.id}-error`} message={props.error} />
    </div>
  );
}
