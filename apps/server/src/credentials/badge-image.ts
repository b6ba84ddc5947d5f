import { html } from "./html.ts";

/** Splits a name into at most three lines of about `width` characters for the badge face. */
function lines(name: string, width = 14): string[] {
  const result: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = result.at(-1);
    if (last !== undefined && last.length + word.length + 1 <= width) {
      result[result.length - 1] = `${last} ${word}`;
    } else {
      result.push(word);
    }
  }
  if (result.length <= 3) return result;
  return [
    ...result.slice(0, 2),
    `${result
      .slice(2)
      .join(" ")
      .slice(0, width - 1)}…`,
  ];
}

/**
 * The badge image when a credential has none uploaded: a ribbon-and-medal SVG with the name on
 * it. It is an image with a text alternative (role img, title) for assistive technology. The
 * caption is small enough to stay inside the ring in the server's fonts too (the PNG is drawn
 * with DejaVu Sans, wider than a browser's system-ui).
 */
export function generatedBadgeSvg(params: { name: string; issuer: string }): string {
  const text = lines(params.name);
  const firstY = 150 - (text.length - 1) * 12;
  const tspans = text
    .map((line, index) => `<tspan x="150" y="${firstY + index * 24}">${html(line)}</tspan>`)
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 300" width="300" height="300" role="img" aria-labelledby="badge-title">
<title id="badge-title">${html(`${params.name}, a micro-credential of ${params.issuer}`)}</title>
<path d="M95 200 L70 290 L110 270 L130 300 L150 215 Z" fill="#9a3412"/>
<path d="M205 200 L230 290 L190 270 L170 300 L150 215 Z" fill="#9a3412"/>
<circle cx="150" cy="140" r="120" fill="#14487a"/>
<circle cx="150" cy="140" r="104" fill="none" stroke="#f5c451" stroke-width="6"/>
<text font-family="system-ui, sans-serif" font-size="19" font-weight="700" fill="#ffffff" text-anchor="middle">${tspans}</text>
<text x="150" y="212" font-family="system-ui, sans-serif" font-size="10" fill="#f5c451" text-anchor="middle" letter-spacing="1">MICRO-CREDENTIAL</text>
</svg>`;
}
