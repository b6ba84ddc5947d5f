import type { ReactNode } from "react";

/** Help under a field's label, read out with the field through its id. */
export function FieldHint({ id, hint }: { id: string; hint: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={id} className="text-sm text-muted-foreground">
      {hint}
    </p>
  );
}
