import { type RefObject, useEffect, useState } from "react";

interface ScrollEdges {
  /** There is more to see before what shows (scrolled away from the start). */
  start: boolean;
  /** There is more to see after what shows. */
  end: boolean;
}

/**
 * Which sides of a horizontally scrolling element hide content, kept current on scroll and on
 * resize, so the element can show a fade on that side: a row of tabs cut off at the edge of a
 * phone then says that it scrolls.
 */
export function useScrollEdges(scroller: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ start: false, end: false });
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      const { scrollLeft, scrollWidth, clientWidth } = element;
      // One pixel of slack: zoomed layouts leave fractions.
      const next = { start: scrollLeft > 1, end: scrollLeft + clientWidth < scrollWidth - 1 };
      setEdges((current) =>
        current.start === next.start && current.end === next.end ? current : next,
      );
    };
    // No measuring now: the observer reports the element's first size once the browser has laid
    // it out, where reading it here would force that layout inside the page's first render.
    element.addEventListener("scroll", measure, { passive: true });
    const resize = new ResizeObserver(measure);
    resize.observe(element);
    return () => {
      element.removeEventListener("scroll", measure);
      resize.disconnect();
    };
  }, [scroller]);
  return edges;
}
