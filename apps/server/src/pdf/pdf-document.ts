import PDFDocument from "pdfkit";

/*
 * The pieces every PDF the server writes shares: a US Letter page with one-inch margins, the
 * document's title and language for screen readers, standard fonts, and the finished bytes.
 */

export interface PdfOptions {
  /** Compressed content streams (the default); tests may ask for plain ones to read back. */
  compress?: boolean;
  /** Portrait (the default) or landscape, as a certificate is printed. */
  layout?: "portrait" | "landscape";
}

export type PdfDoc = InstanceType<typeof PDFDocument>;

export const PAGE_MARGIN = 54;
export const FONT = "Helvetica";
export const BOLD = "Helvetica-Bold";

export function newPdf(title: string, author: string, options: PdfOptions = {}): PdfDoc {
  return new PDFDocument({
    size: "LETTER",
    margin: PAGE_MARGIN,
    compress: options.compress ?? true,
    layout: options.layout ?? "portrait",
    lang: "en-US",
    displayTitle: true,
    info: { Title: title, Author: author, Creator: "Throughline" },
  });
}

/** Ends the document and gives back its bytes. */
export function pdfBytes(doc: PdfDoc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/** Room left on the page below the cursor. */
export function roomLeft(doc: PdfDoc): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

/**
 * Text the standard fonts can draw: they hold Western European letters (WinAnsi), so a name
 * such as "Tomás" prints as is; any other character is shown as "?" rather than as garbage.
 */
export function printable(text: string): string {
  return [...text.normalize("NFC")]
    .map((character) => (winAnsi(character) ? character : "?"))
    .join("");
}

const extraWinAnsi = new Set([..."€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]);

function winAnsi(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || extraWinAnsi.has(character)
  );
}
