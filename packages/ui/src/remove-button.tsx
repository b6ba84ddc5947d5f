import { Trash2 } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "./button.tsx";

/**
 * The small bin button that removes one item of a list. Screen readers hear "Remove" and what
 * goes (`what`, e.g. "step 2"); sighted people see the bin, and the word "Remove" with
 * `labelShown` where the row has room for it.
 */
export function RemoveButton({
  what,
  labelShown = false,
  variant = "secondary",
  ...props
}: Omit<ComponentProps<typeof Button>, "children" | "size"> & {
  what: string;
  labelShown?: boolean;
}) {
  return (
    <Button variant={variant} size="sm" {...props}>
      <Trash2 aria-hidden="true" />
      {labelShown ? (
        <>
          Remove<span className="sr-only"> {what}</span>
        </>
      ) : (
        <span className="sr-only">Remove {what}</span>
      )}
    </Button>
  );
}
