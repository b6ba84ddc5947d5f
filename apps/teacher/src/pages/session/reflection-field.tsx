import { FieldMessage } from "@throughline/ui/field-message";
import { cn } from "@throughline/ui/utils";
import { type ComponentProps, useId } from "react";

export interface ReflectionFieldProps extends Omit<ComponentProps<"textarea">, "id"> {
  /** The session's reflection prompts; together they label the field. */
  prompts: readonly string[];
  hint?: string;
  /** The server's message for this field. */
  error?: string | null;
}

/**
 * A textarea labelled by the reflection prompts, with its hint and error message announced with
 * it: the same wiring as the shared FormField, for a long answer instead of an input.
 */
export function ReflectionField({
  prompts,
  hint,
  error,
  className,
  ...props
}: ReflectionFieldProps) {
  const id = useId();
  const promptsId = `${id}-prompts`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={cn("flex flex-col gap-2", className)}>
      <div id={promptsId} className="flex flex-col gap-2">
        {prompts.map((prompt) => (
          <p key={prompt} className="font-medium text-foreground">
            {prompt}
          </p>
        ))}
      </div>
      {hint ? (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        aria-labelledby={promptsId}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        rows={7}
        className={cn(
          "block w-full rounded-md border border-input bg-surface px-3 py-2 text-base leading-6 text-foreground shadow-xs",
          "placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:bg-muted disabled:opacity-70",
          "aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger",
        )}
        {...props}
      />
      <FieldMessage id={errorId} message={error} />
    </div>
  );
}
