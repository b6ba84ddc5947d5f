import { useCallback, useSyncExternalStore } from "react";

/**
 * Whether the window matches a CSS media query (e.g. Tailwind's `md`, "(min-width: 48rem)"),
 * kept current as the window changes. For drawing only the layout that shows: a list drawn twice
 * and hidden once by CSS costs a slow phone the whole hidden copy on its first render.
 */
export function useMediaQuery(query: string): boolean {
  // One subscription per query, not a new one on every render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    // Rendered to HTML (tests): the phone's layout, as the CSS's mobile-first default.
    () => false,
  );
}
