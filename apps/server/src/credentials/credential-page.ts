import { inlineStyle } from "../security/inline-assets.ts";
import type { BadgeVerdict } from "./badge-verification.ts";
import { html } from "./html.ts";

/** What the public page shows, read from the signed credential and the award. */
export interface CredentialPageView {
  name: string;
  earnerName: string;
  issuerName: string;
  issuerUrl: string;
  /** The district's logo, when the credential's issuer profile names one. */
  issuerLogoUrl: string | null;
  imageUrl: string;
  /** The badge as a PNG: the preview LinkedIn and other networks show for a shared link. */
  pngImageUrl: string;
  pageUrl: string;
  competency: string;
  criteria: string;
  alignments: string[];
  validFrom: Date;
  validUntil: Date | null;
  jsonUrl: string;
  verdict: BadgeVerdict;
  /** The issuing district's zone: a badge awarded on a Tuesday evening there says Tuesday. */
  timeZone: string;
}

type DayFormat = (date: Date) => string;

/** "April 1, 2026" as the issuing district reads it, in a `<time>` carrying the instant. */
function dayFormatIn(timeZone: string): DayFormat {
  const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone });
  return (date) => `<time datetime="${date.toISOString()}">${longDate.format(date)}</time>`;
}

function shell(title: string, content: string, head = ""): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)} · Throughline</title>
${head}${inlineStyle(`
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1b2430; line-height: 1.5; }
  main { max-width: 44rem; margin: 3rem auto; padding: 2rem; background: #fff;
         border: 1px solid #d5dbe3; border-radius: .75rem; }
  @media (max-width: 40rem) { main { margin: 0; border-radius: 0; border-width: 0 0 1px; padding: 1.25rem; } }
  .head { display: flex; gap: 1.5rem; align-items: center; flex-wrap: wrap; }
  .head > img { width: 140px; height: 140px; }
  .issuer { display: flex; align-items: center; gap: .5rem; }
  .issuer img { width: 28px; height: 28px; object-fit: contain; }
  h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
  h2 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; }
  p { margin: .25rem 0; }
  .muted { color: #4a5565; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .375rem 1rem; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .verdict { border-radius: .5rem; padding: 1rem 1.25rem; margin: 1.5rem 0; border: 2px solid; }
  .verdict strong { font-size: 1.25rem; display: block; }
  .verified { background: #ecf8f0; border-color: #1f7a3f; color: #14532d; }
  .revoked, .invalid { background: #fdf0f0; border-color: #a4161a; color: #7f1d1d; }
  .expired { background: #fff7e6; border-color: #9a5b00; color: #6b3f00; }
  ul { margin: .25rem 0; padding-left: 1.25rem; }
  a { color: #14487a; }
  a:focus-visible { outline: 3px solid #9cc3ea; outline-offset: 2px; }
  footer { margin-top: 2rem; font-size: .875rem; }
`)}
</head>
<body>
<main>
${content}
</main>
</body>
</html>`;
}

function verdictBlock(verdict: BadgeVerdict, day: DayFormat): string {
  switch (verdict.kind) {
    case "verified":
      return `<div class="verdict verified" role="status"><strong>Verified</strong>
<p>The issuer's signature matches, the credential has not been revoked and it is within its validity dates.</p></div>`;
    case "revoked":
      return `<div class="verdict revoked" role="status"><strong>Revoked</strong>
<p>The issuer revoked this credential${verdict.on ? ` on ${day(verdict.on)}` : ""}.</p></div>`;
    case "expired":
      return `<div class="verdict expired" role="status"><strong>Expired</strong>
<p>The signature is genuine, but the credential was valid only until ${day(verdict.on)}.</p></div>`;
    case "invalid":
      return `<div class="verdict invalid" role="status"><strong>Not valid</strong>
<p>${html(verdict.why)}</p></div>`;
  }
}

/** `/credentials/:id`: the badge and, computed now, whether it verifies. */
export function credentialPage(view: CredentialPageView): string {
  const day = dayFormatIn(view.timeZone);
  const alignments =
    view.alignments.length === 0
      ? ""
      : `<h2>Aligned to</h2><ul>${view.alignments.map((a) => `<li>${html(a)}</li>`).join("")}</ul>`;
  return shell(
    view.name,
    `<div class="head">
<img src="${html(view.imageUrl)}" alt="" width="140" height="140">
<div>
<h1>${html(view.name)}</h1>
<p>Earned by <strong>${html(view.earnerName)}</strong></p>
<p class="muted issuer">${
      view.issuerLogoUrl
        ? `<img src="${html(view.issuerLogoUrl)}" alt="" width="28" height="28">`
        : ""
    }Issued by <a href="${html(view.issuerUrl)}">${html(view.issuerName)}</a></p>
</div>
</div>
${verdictBlock(view.verdict, day)}
<dl>
<dt>Awarded</dt><dd>${day(view.validFrom)}</dd>
<dt>Valid until</dt><dd>${view.validUntil ? day(view.validUntil) : "No end date"}</dd>
</dl>
<h2>Competency</h2>
<p>${html(view.competency)}</p>
<h2>Criteria</h2>
<p>${html(view.criteria)}</p>
${alignments}
<footer>
<p>This is an Open Badges 3.0 credential, signed by its issuer. Anyone can check it with the
<a href="${html(view.jsonUrl)}" download>signed credential (JSON)</a>.</p>
</footer>`,
    sharePreview(view),
  );
}

/**
 * Open Graph tags: a link to this page posted on LinkedIn (its "Add to profile" names this page)
 * or elsewhere previews as the badge's PNG, its name and its issuer.
 */
function sharePreview(view: CredentialPageView): string {
  const description = `${view.name}, a micro-credential earned by ${view.earnerName} and issued by ${view.issuerName}.`;
  return [
    `<meta property="og:type" content="website">`,
    `<meta property="og:title" content="${html(view.name)}">`,
    `<meta property="og:description" content="${html(description)}">`,
    `<meta property="og:url" content="${html(view.pageUrl)}">`,
    `<meta property="og:image" content="${html(view.pngImageUrl)}">`,
    `<meta property="og:image:type" content="image/png">`,
    `<meta property="og:image:alt" content="${html(`The ${view.name} badge`)}">`,
    `<meta name="twitter:card" content="summary">`,
    "",
  ].join("\n");
}

/** An unknown credential id: the same page whatever was wrong. */
export function credentialNotFoundPage(): string {
  return shell(
    "Credential not found",
    `<h1>Credential not found</h1>
<p>There is no credential at this address. Check the link you were given.</p>`,
  );
}
