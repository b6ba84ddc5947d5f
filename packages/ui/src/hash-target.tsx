import { useEffect, useState } from "react";
import { useLocation } from "react-router";

/** How long a linked-to element stays highlighted after the page opens at it. */
const HIGHLIGHT_MS = 4000;

/**
 * For an element a link can point at (`#comment-…` from a notification): when the URL's hash
 * names it, scroll it into view and move focus to it, so keyboard and screen-reader users land
 * where the link said. Returns true while it should look highlighted. The element needs
 * `id={elementId}` and `tabIndex={-1}`.
 */
export function useHashTarget(elementId: string): boolean {
  const { hash, key } = useLocation();
  const [highlighted, setHighlighted] = useState(false);
  // `key` changes on every navigation, so opening the same link twice lands again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: key is a trigger, not a value read.
  useEffect(() => {
    if (decodeURIComponent(hash.slice(1)) !== elementId) return;
    const element = document.getElementById(elementId);
    if (!element) return;
    element.scrollIntoView({ block: "center" });
    element.focus({ preventScroll: true });
    setHighlighted(true);
    const timer = window.setTimeout(() => setHighlighted(false), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [hash, key, elementId]);
  return highlighted;
}

/** The classes of a highlighted link target: a ring that fades out when it ends. */
export const hashTargetClasses = {
  base: "scroll-mt-24 transition-shadow duration-700 focus:outline-none",
  highlighted: "ring-2 ring-primary ring-offset-2 ring-offset-surface",
} as const;
