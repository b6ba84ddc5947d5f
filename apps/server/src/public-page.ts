import { inlineStyle } from "./security/inline-assets.ts";
/*
 * The frame of the server's own public pages (set-up, and any page a person sees before they
 * can sign in): plain HTML that works without JavaScript, in the look of the invite pages.
 */

export function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

const styles = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1b2430; }
  main { max-width: 36rem; margin: 4rem auto; padding: 2rem; background: #fff;
         border: 1px solid #d5dbe3; border-radius: .75rem; }
  @media (max-width: 40rem) { main { margin: 0; border: 0; border-radius: 0; padding: 1.5rem 1rem; } }
  h1 { font-size: 1.5rem; margin-top: 0; }
  h2 { font-size: 1.125rem; margin: 0 0 .25rem; }
  form { display: flex; flex-direction: column; gap: 1.25rem; }
  fieldset { display: flex; flex-direction: column; gap: 1.25rem; border: 0; padding: 0; margin: 0; }
  legend { font-size: 1.125rem; font-weight: 700; padding: 0; margin-bottom: .75rem; }
  .field { display: flex; flex-direction: column; gap: .375rem; }
  label { font-weight: 600; }
  .hint { color: #4a5565; font-size: .875rem; margin: 0; }
  input, select { font: inherit; padding: .625rem .75rem; border: 1px solid #8a96a6; border-radius: .5rem;
                  background: #fff; color: inherit; }
  [aria-invalid="true"] { border-color: #a4161a; box-shadow: 0 0 0 1px #a4161a; }
  .error { color: #a4161a; font-weight: 600; font-size: .875rem; margin: 0; }
  button { font: inherit; font-weight: 600; padding: .75rem 1.25rem; border: 0; border-radius: .5rem;
           background: #14487a; color: #fff; cursor: pointer; align-self: flex-start; }
  button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #9cc3ea; outline-offset: 2px; }
  a { color: #14487a; }
`;

/** A whole page: the title is the heading; `content` is trusted HTML the caller escaped. */
export function publicPage(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} · Throughline</title>
${inlineStyle(styles)}
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${content}
</main>
</body>
</html>`;
}
