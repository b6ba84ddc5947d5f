import type { ReactNode } from "react";

/** One checkbox of a list, as a full-width row that highlights under the pointer. */
export function CheckboxRow({
  checked,
  onCheckedChange,
  children,
}: {
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  children: ReactNode;
}) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-2 hover:bg-muted">
      <input
        type="checkbox"
        className="size-5 shrink-0 accent-primary"
        checked={checked}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      {children}
    </label>
  );
}

/** `chosen` with `id` added or taken away: what a checkbox list hands to its `onChange`. */
export function toggledChoice(chosen: readonly string[], id: string, on: boolean): string[] {
  return on ? [...chosen, id] : chosen.filter((other) => other !== id);
}
