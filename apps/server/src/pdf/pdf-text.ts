import { inflateSync } from "node:zlib";

/*
 * The text a PDF written by `pdf-document.ts` shows, for tests: each content stream (inflated
 * when compressed) has its text-showing operators' strings decoded from the standard fonts'
 * single-byte encoding. Lines are joined with newlines, so a test reads what a person sees.
 */

function streamsOf(pdf: Buffer): Buffer[] {
  const streams: Buffer[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf("stream\n", at);
    if (start < 0) return streams;
    const end = pdf.indexOf("\nendstream", start);
    if (end < 0) return streams;
    const dictionary = pdf.subarray(Math.max(0, start - 200), start).toString("latin1");
    const body = pdf.subarray(start + "stream\n".length, end);
    streams.push(dictionary.includes("/FlateDecode") ? inflateSafely(body) : body);
    at = end + 1;
  }
}

function inflateSafely(body: Buffer): Buffer {
  try {
    return inflateSync(body);
  } catch {
    return Buffer.alloc(0);
  }
}

/** WinAnsi's 0x80–0x9F, where it differs from Latin-1 (Node may decode windows-1252 as Latin-1). */
const winAnsiHigh = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function hexText(hex: string): string {
  let text = "";
  for (let index = 0; index + 1 < hex.length; index += 2) {
    const code = Number.parseInt(hex.slice(index, index + 2), 16);
    text += code >= 0x80 && code <= 0x9f ? winAnsiHigh[code - 0x80] : String.fromCharCode(code);
  }
  return text;
}

/** Every line of text the PDF shows, in the order it is drawn. */
function pdfTextLines(pdf: Buffer): string[] {
  const lines: string[] = [];
  for (const stream of streamsOf(pdf)) {
    const content = stream.toString("latin1");
    for (const shown of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const pieces = [...(shown[1] ?? "").matchAll(/<([0-9a-fA-F]*)>|(-?\d+(?:\.\d+)?)/g)];
      lines.push(
        pieces
          .map((piece) =>
            piece[1] !== undefined ? hexText(piece[1]) : Number(piece[2]) < -200 ? " " : "",
          )
          .join(""),
      );
    }
  }
  return lines;
}

/**
 * The PDF's text as one string with every run of spaces and line breaks made one space, so a
 * title wrapped over two lines reads as the one phrase it is.
 */
export function pdfText(pdf: Buffer): string {
  return pdfTextLines(pdf).join(" ").replace(/\s+/g, " ");
}
