import type { ReactNode } from "react";
import { CheckboxRow, toggledChoice } from "./checkbox-row.tsx";

/**
 * A titled, scrollable list of checkboxes (indicators, sessions, teachers…) with the server's
 * message for the list under it.
 */
export function CheckboxListFieldset({
  legend,
  hint,
  items,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  hint?: ReactNode;
  items: readonly { id: string; label: string }[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | null;
}) {
  return (
    <fieldset className="flex flex-col gap-1 rounded-md border border-border p-3">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {hint ? <p className="px-1 text-sm text-muted-foreground">{hint}</p> : null}
      <div className="grid max-h-72 gap-1 overflow-y-auto sm:grid-cols-2">
        {items.map((item) => (
          <CheckboxRow
            key={item.id}
            checked={chosen.includes(item.id)}
            onCheckedChange={(on) => onChange(toggledChoice(chosen, item.id, on))}
          >
            <span>{item.label}</span>
          </CheckboxRow>
        ))}
      </div>
      {error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
