import { Resvg } from "@resvg/resvg-js";

/** The PNG's side in pixels: LinkedIn and wallets show badges at up to about 400 px. */
export const BADGE_PNG_SIZE = 600;

/**
 * Renders a badge SVG as a square PNG, `BADGE_PNG_SIZE` wide, for LinkedIn and the wallets
 * that show no SVG. Text is set in the machine's own fonts (resvg knows no `system-ui`, so the
 * generic families are named: the first installed of DejaVu Sans, Liberation Sans, Noto Sans).
 * The same SVG on the same machine gives the same bytes: no clock, no randomness.
 */
export function renderBadgePng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: BADGE_PNG_SIZE },
    font: {
      loadSystemFonts: true,
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
      serifFamily: "DejaVu Serif",
    },
    // An SVG that names remote resources renders without them: nothing is fetched.
    logLevel: "off",
  });
  return resvg.render().asPng();
}

/**
 * A raster badge (PNG or JPEG upload) as a PNG: PNG as it is, JPEG drawn into an SVG of its own
 * size first, since resvg reads rasters only inside an SVG.
 */
export function rasterBadgePng(bytes: Buffer, contentType: string): Buffer {
  if (contentType === "image/png") return bytes;
  const href = `data:${contentType};base64,${bytes.toString("base64")}`;
  return renderBadgePng(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 300" width="300" height="300"><image href="${href}" x="0" y="0" width="300" height="300" preserveAspectRatio="xMidYMid meet"/></svg>`,
  );
}

/** The width and height a PNG's header (IHDR) declares. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
