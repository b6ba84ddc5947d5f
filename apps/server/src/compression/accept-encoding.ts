/** The encodings the server sends, best first. */
export type ContentEncoding = "br" | "gzip";

/**
 * The best of `available` the client accepts, or undefined to send the body as it is.
 * `Accept-Encoding: gzip;q=0, *` is honoured: q=0 refuses, `*` stands for anything unnamed.
 */
export function chooseEncoding(
  header: string | undefined,
  available: readonly ContentEncoding[],
): ContentEncoding | undefined {
  if (!header) return undefined;
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  let best: { encoding: ContentEncoding; q: number } | undefined;
  for (const encoding of available) {
    const q = weights.get(encoding) ?? weights.get("*") ?? 0;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding;
}

/** Adds Accept-Encoding to a Vary header value, once. */
export function varyOnAcceptEncoding(current: string | null): string {
  if (!current) return "Accept-Encoding";
  if (current === "*" || /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(current)) return current;
  return `${current}, Accept-Encoding`;
}
