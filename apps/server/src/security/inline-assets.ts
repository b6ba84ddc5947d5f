import { createHash } from "node:crypto";

/*
 * The server's own pages (set-up, invite, password, badge, landing) carry their few styles and
 * one script inline, so they work as single responses. The Content-Security-Policy allows
 * exactly those blocks by their SHA-256 and no other inline code: each block is written through
 * these functions, which note its hash, and the policy lists every hash noted so far (a page's
 * block is noted while the page is rendered, before its headers are set).
 */

const styleHashes = new Set<string>();
const scriptHashes = new Set<string>();
/** Grows with every new hash, so a policy built from the sources can be kept until it moves. */
let noted = 0;

function note(hashes: Set<string>, source: string): void {
  if (hashes.has(source)) return;
  hashes.add(source);
  noted += 1;
}

function sourceOf(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** A `<style>` element whose text the policy allows. */
export function inlineStyle(css: string): string {
  note(styleHashes, sourceOf(css));
  return `<style>${css}</style>`;
}

/** A `<script>` element whose text the policy allows. */
export function inlineScript(js: string): string {
  note(scriptHashes, sourceOf(js));
  return `<script>${js}</script>`;
}

/** The CSP sources of every inline block written so far. */
export function inlineSources(): { styles: string[]; scripts: string[] } {
  return { styles: [...styleHashes], scripts: [...scriptHashes] };
}

/** How many distinct inline blocks have been noted: changes exactly when `inlineSources` does. */
export function inlineSourcesNoted(): number {
  return noted;
}
