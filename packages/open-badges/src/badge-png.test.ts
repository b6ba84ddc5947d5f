import { describe, expect, it } from "vitest";
import { BADGE_PNG_SIZE, pngSize, rasterBadgePng, renderBadgePng } from "./badge-png.ts";

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function badgeSvg(text: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 300" width="300" height="300">
<circle cx="150" cy="140" r="120" fill="#14487a"/>
<text x="150" y="150" font-family="system-ui, sans-serif" font-size="19" fill="#ffffff" text-anchor="middle">${text}</text>
</svg>`;
}

describe("a badge PNG", () => {
  it("is a square PNG of the published size", () => {
    const png = renderBadgePng(badgeSvg("Higher-Order Questioning"));
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(png)).toEqual({ width: BADGE_PNG_SIZE, height: BADGE_PNG_SIZE });
  });

  it("gives the same bytes for the same SVG, so it can be cached and compared", () => {
    const svg = badgeSvg("Higher-Order Questioning");
    expect(renderBadgePng(svg).equals(renderBadgePng(svg))).toBe(true);
  });

  it("draws the badge's text in a system font (the text changes the pixels)", () => {
    expect(renderBadgePng(badgeSvg("Questioning")).equals(renderBadgePng(badgeSvg("")))).toBe(
      false,
    );
    expect(
      renderBadgePng(badgeSvg("Questioning")).equals(renderBadgePng(badgeSvg("Vocabulary"))),
    ).toBe(false);
  });

  it("passes a PNG upload through and converts a JPEG one", () => {
    const png = renderBadgePng(badgeSvg("A"));
    expect(rasterBadgePng(png, "image/png")).toBe(png);
    // The smallest valid JPEG: one white 1x1 pixel.
    const jpeg = Buffer.from(
      "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=",
      "base64",
    );
    const converted = rasterBadgePng(jpeg, "image/jpeg");
    expect(converted.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(pngSize(converted).width).toBe(BADGE_PNG_SIZE);
  });
});
