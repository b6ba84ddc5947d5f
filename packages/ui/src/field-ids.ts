import { type ReactNode, useId } from "react";

/**
 * The ids a field's hint and message are read out by: the control's `id`, the hint's and the
 * message's ids, and the `aria-describedby` naming only those shown (undefined when none is).
 */
export function useFieldIds(
  given: string | undefined,
  hint: ReactNode,
  error: string | null | undefined,
) {
  const generated = useId();
  const id = given ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return { id, hintId, errorId, describedBy };
}
