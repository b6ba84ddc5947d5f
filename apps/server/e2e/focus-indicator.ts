import type { Page } from "playwright-core";

/** What the focused element shows, measured in the page. */
export interface FocusMeasure {
  /** A short name of the element: tag, role or text, enough to find it. */
  element: string;
  /** The best contrast of the indicator against what it sits on; 0 when there is none. */
  ratio: number;
}

/**
 * Measures the focus indicator of `document.activeElement`: its outline, or else a box-shadow
 * ring, against the first non-transparent background behind it (the parent's for an indicator
 * drawn outside the element, the element's own for an inset one), as a WCAG contrast ratio.
 * Runs inside the page, so it is one self-contained function.
 */
export async function measureFocus(page: Page): Promise<FocusMeasure | null> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return null;

    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba | null => {
      const parts = colour
        .match(/rgba?\(([^)]+)\)/)?.[1]
        ?.split(/[\s,/]+/)
        .filter(Boolean);
      if (!parts || parts.length < 3) return null;
      const [r, g, b, a] = parts.map(Number);
      return [r ?? 0, g ?? 0, b ?? 0, a ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const alpha = top[3];
      return [
        top[0] * alpha + bottom[0] * (1 - alpha),
        top[1] * alpha + bottom[1] * (1 - alpha),
        top[2] * alpha + bottom[2] * (1 - alpha),
        1,
      ];
    };
    /** The colour behind an element: walk up to the first background that is not transparent. */
    const backgroundOf = (start: Element | null): Rgba => {
      for (let node = start; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour && colour[3] > 0) return over(colour, [255, 255, 255, 1]);
      }
      return [255, 255, 255, 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (value: number) => {
        const srgb = value / 255;
        return srgb <= 0.03928 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
    };

    const style = getComputedStyle(focused);
    const outside = backgroundOf(focused.parentElement);
    const ratios: number[] = [];
    const outlineWidth = Number.parseFloat(style.outlineWidth);
    const outlineColour = parse(style.outlineColor);
    if (style.outlineStyle !== "none" && outlineWidth >= 1 && outlineColour) {
      const inset = Number.parseFloat(style.outlineOffset) < 0;
      const behind = inset ? backgroundOf(focused) : outside;
      ratios.push(contrast(over(outlineColour, behind), behind));
    }
    // A ring drawn with box-shadow: each shadow with a spread of at least 1px counts.
    for (const shadow of style.boxShadow === "none" ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
      const colour = parse(shadow);
      const lengths = shadow
        .replace(/rgba?\([^)]*\)/, "")
        .trim()
        .split(/\s+/)
        .filter((part) => part.endsWith("px"))
        .map(Number.parseFloat);
      const spread = lengths[3] ?? 0;
      if (!colour || colour[3] === 0 || spread < 1) continue;
      const behind = shadow.includes("inset") ? backgroundOf(focused) : outside;
      ratios.push(contrast(over(colour, behind), behind));
    }

    const text = (focused.getAttribute("aria-label") ?? focused.textContent ?? "").trim();
    const role = focused.getAttribute("role") ?? focused.getAttribute("type") ?? "";
    return {
      element: `${focused.tagName.toLowerCase()}${role ? `[${role}]` : ""} "${text.slice(0, 40)}"`,
      ratio: Math.round(Math.max(0, ...ratios) * 100) / 100,
    };
  });
}

/**
 * Presses Tab up to `count` times from where focus is and measures each stop; lists every
 * element whose indicator is missing or under 3:1.
 */
export async function weakFocusIndicators(page: Page, where: string, count: number) {
  const weak: string[] = [];
  const seen = new Set<string>();
  for (let step = 0; step < count; step += 1) {
    await page.keyboard.press("Tab");
    const measure = await measureFocus(page);
    if (!measure) continue;
    if (measure.ratio < 3 && !seen.has(measure.element)) {
      weak.push(`${where}: ${measure.element} ${measure.ratio}:1`);
    }
    seen.add(measure.element);
  }
  return weak;
}
