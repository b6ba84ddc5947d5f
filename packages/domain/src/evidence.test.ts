import { describe, expect, it } from "vitest";
import {
  checkEvidenceContent,
  checkEvidenceFile,
  type EvidenceFileFacts,
  evidenceContentType,
  formatFileSize,
  MAX_EVIDENCE_BYTES,
  opensInBrowser,
} from "./evidence.ts";

const MB = 1024 * 1024;
const file = (overrides: Partial<EvidenceFileFacts>): EvidenceFileFacts => ({
  fileName: "lesson-plan.pdf",
  contentType: "application/pdf",
  sizeBytes: 200_000,
  ...overrides,
});

describe("checkEvidenceFile", () => {
  it.each<[string, Partial<EvidenceFileFacts>]>([
    ["a PDF", {}],
    ["a PDF with an upper-case extension", { fileName: "PLAN.PDF" }],
    ["a phone photo", { fileName: "work.jpg", contentType: "image/jpeg" }],
    ["a PNG", { fileName: "chart.png", contentType: "image/png" }],
    ["a GIF", { fileName: "a.gif", contentType: "image/gif" }],
    ["a WebP", { fileName: "a.webp", contentType: "image/webp" }],
    ["an iPhone HEIC", { fileName: "IMG_0001.HEIC", contentType: "image/heic" }],
    [
      "a Word document",
      {
        fileName: "plan.docx",
        contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      },
    ],
    ["a legacy Excel sheet", { fileName: "scores.xls", contentType: "application/vnd.ms-excel" }],
    ["a legacy PowerPoint", { fileName: "s.ppt", contentType: "application/vnd.ms-powerpoint" }],
    ["an unknown declared type", { fileName: "s.pptx", contentType: "application/octet-stream" }],
    ["no declared type", { fileName: "notes.doc", contentType: "" }],
    ["exactly 10 MB", { sizeBytes: MAX_EVIDENCE_BYTES }],
  ])("accepts %s", (_name, overrides) => {
    expect(checkEvidenceFile(file(overrides))).toBeNull();
  });

  it.each<[string, Partial<EvidenceFileFacts>, string]>([
    ["14.2 MB", { sizeBytes: Math.round(14.2 * MB) }, "This file is 14.2 MB; the limit is 10 MB."],
    [
      "a program",
      { fileName: "setup.exe", contentType: "application/x-msdownload" },
      "Files of type .exe can't be added. Use a PDF, an image or an Office document.",
    ],
    [
      "a web page",
      { fileName: "page.html", contentType: "text/html" },
      "Files of type .html can't be added. Use a PDF, an image or an Office document.",
    ],
    ["a name with no extension", { fileName: "README" }, "no type in its name"],
    [
      "a PDF name declared as HTML",
      { contentType: "text/html" },
      "named .pdf but is sent as text/html",
    ],
    ["an empty file", { sizeBytes: 0 }, "This file is empty."],
  ])("refuses %s with a clear message", (_name, overrides, message) => {
    expect(checkEvidenceFile(file(overrides))).toContain(message);
  });
});

const bytes = (...values: number[]) => new Uint8Array(values);
// Plain code points: the domain package has no DOM or Node types, so no TextEncoder.
const text = (value: string) => Uint8Array.from(value, (character) => character.charCodeAt(0));

describe("checkEvidenceContent", () => {
  it.each<[string, Uint8Array]>([
    ["plan.pdf", text("%PDF-1.4\n")],
    ["work.png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)],
    ["work.jpeg", bytes(0xff, 0xd8, 0xff, 0xe0)],
    ["a.gif", text("GIF89a")],
    ["a.webp", text("RIFF\0\0\0\0WEBPVP8 ")],
    ["a.heic", text("\0\0\0\x18ftypheic")],
    ["plan.docx", bytes(0x50, 0x4b, 0x03, 0x04)],
    ["old.doc", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)],
  ])("accepts %s whose bytes match", (name, head) => {
    expect(checkEvidenceContent(name, head)).toBeNull();
  });

  it.each<[string, Uint8Array]>([
    ["renamed.pdf", text("MZ\x90\0")],
    ["renamed.png", text("MZ\x90\0")],
    ["renamed.jpg", text("\x7fELF")],
    ["page.pdf", text("<html><script>")],
    ["fake.docx", text("MZ")],
  ])("refuses %s whose bytes are something else", (name, head) => {
    expect(checkEvidenceContent(name, head)).toMatch(/its contents are not/);
  });
});

describe("serving rules", () => {
  it("serves the canonical type for the extension, never the browser's claim", () => {
    expect(evidenceContentType("a.PDF")).toBe("application/pdf");
    expect(evidenceContentType("a.jpg")).toBe("image/jpeg");
    expect(evidenceContentType("a.exe")).toBe("application/octet-stream");
  });

  it("opens PDFs and images in the browser, downloads the rest", () => {
    expect(opensInBrowser("application/pdf")).toBe(true);
    expect(opensInBrowser("image/png")).toBe(true);
    expect(opensInBrowser("application/msword")).toBe(false);
  });

  it("formats sizes for people", () => {
    expect(formatFileSize(12)).toBe("12 bytes");
    expect(formatFileSize(2048)).toBe("2 KB");
    expect(formatFileSize(Math.round(14.2 * MB))).toBe("14.2 MB");
  });
});
