import { type RefObject, useEffect, useRef } from "react";
import { useLocation } from "react-router";

/** A page that is still loading gets this long to show its heading before we stop waiting. */
const WAIT_FOR_HEADING_MS = 8000;

/**
 * After a client-side route change, focus moves to the new page's h1 (made focusable with
 * tabIndex -1), so keyboard and screen-reader users start at the top of what they opened rather
 * than on a link of a page that is gone. Not on the first load (the browser starts at the top),
 * not when only the query changes (a filter, a stage switch), and not when the URL names an
 * element to land on (`#comment-…`, which `useHashTarget` focuses). A page that is still loading
 * gets its heading focused when it appears, unless the person has moved focus meanwhile.
 */
export function useFocusHeadingOnNavigate(main: RefObject<HTMLElement | null>): void {
  const { pathname, hash } = useLocation();
  const firstPath = useRef(pathname);
  useEffect(() => {
    const region = main.current;
    if (!region || hash || firstPath.current === pathname) return;
    firstPath.current = "";
    // What had focus when the route changed (the link that was clicked, or nothing).
    const before = document.activeElement;
    const focusHeading = (): boolean => {
      const heading = region.querySelector("h1");
      if (!heading) return false;
      const active = document.activeElement;
      const untouched = active === before || active === document.body || !active?.isConnected;
      if (!untouched) return true;
      if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) stop();
    });
    const timer = window.setTimeout(() => stop(), WAIT_FOR_HEADING_MS);
    function stop() {
      observer.disconnect();
      window.clearTimeout(timer);
    }
    observer.observe(region, { childList: true, subtree: true });
    return stop;
  }, [pathname, hash, main]);
}
