import { hashTargetClasses, useHashTarget } from "./hash-target.tsx";
import { cn } from "./utils.ts";

/**
 * What an action step's `<article>` needs to be the target of a `#step-<id>` link (a "stuck"
 * notification links there): its id, focus without a tab stop, its name from the step's heading,
 * and the highlight while the link has just landed on it. Spread `articleProps` on the article
 * and give the step's heading `id={headingId}`.
 */
export function useStepAnchor(stepId: string, className: string) {
  const elementId = `step-${stepId}`;
  const headingId = `${elementId}-title`;
  const targeted = useHashTarget(elementId);
  return {
    headingId,
    articleProps: {
      id: elementId,
      tabIndex: -1,
      "aria-labelledby": headingId,
      className: cn(hashTargetClasses.base, targeted && hashTargetClasses.highlighted, className),
    },
  };
}
