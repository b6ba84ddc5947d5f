/**
 * A Content-Disposition header that keeps the teacher's file name: an ASCII fallback for old
 * clients and the exact name in RFC 5987 form (`filename*=UTF-8''…`). Quotes, backslashes and
 * control characters never reach the header.
 */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
