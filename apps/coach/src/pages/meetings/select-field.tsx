import { Label } from "@throughline/ui/label";
import { CircleAlert } from "lucide-react";
import { type ComponentProps, useId } from "react";

const selectClasses =
  "h-10 w-full rounded-md border border-input bg-surface px-3 text-base text-foreground shadow-xs aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

/** A labelled native select whose error is announced with it, like FormField. */
export function SelectField({
  label,
  error,
  children,
  ...selectProps
}: Omit<ComponentProps<"select">, "id"> & { label: string; error?: string | null }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={selectClasses}
        {...selectProps}
      >
        {children}
      </select>
      {error ? (
        <p id={`${id}-error`} className="flex items-start gap-1.5 text-sm font-medium text-danger">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
