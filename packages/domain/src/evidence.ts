/**
 * Rules for files a teacher adds as evidence to an action-plan step: lesson plans, photos of
 * student work, slides. The same rules run in the browser (to answer at once) and on the server
 * (which also looks at the file's first bytes, since a name and a declared type are only claims).
 */

/** 10 MB: a phone photo or a long lesson plan fits; a classroom video belongs behind a link. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

type Signature = "pdf" | "png" | "jpeg" | "gif" | "webp" | "heic" | "zip" | "ole";

interface AllowedKind {
  /** Declared types browsers send for this extension (an empty or generic type is also accepted). */
  contentTypes: readonly string[];
  /** What the first bytes of such a file look like. */
  signature: Signature;
}

const OOXML = "application/vnd.openxmlformats-officedocument";

const allowedKinds: Record<string, AllowedKind> = {
  pdf: { contentTypes: ["application/pdf"], signature: "pdf" },
  png: { contentTypes: ["image/png"], signature: "png" },
  jpg: { contentTypes: ["image/jpeg", "image/pjpeg"], signature: "jpeg" },
  jpeg: { contentTypes: ["image/jpeg", "image/pjpeg"], signature: "jpeg" },
  gif: { contentTypes: ["image/gif"], signature: "gif" },
  webp: { contentTypes: ["image/webp"], signature: "webp" },
  heic: { contentTypes: ["image/heic", "image/heif"], signature: "heic" },
  heif: { contentTypes: ["image/heic", "image/heif"], signature: "heic" },
  docx: { contentTypes: [`${OOXML}.wordprocessingml.document`], signature: "zip" },
  xlsx: { contentTypes: [`${OOXML}.spreadsheetml.sheet`], signature: "zip" },
  pptx: { contentTypes: [`${OOXML}.presentationml.presentation`], signature: "zip" },
  doc: { contentTypes: ["application/msword"], signature: "ole" },
  xls: { contentTypes: ["application/vnd.ms-excel"], signature: "ole" },
  ppt: { contentTypes: ["application/vnd.ms-powerpoint"], signature: "ole" },
};

/** For a file input's `accept` attribute. */
export const EVIDENCE_ACCEPT = Object.keys(allowedKinds)
  .map((extension) => `.${extension}`)
  .join(",");

/** Browsers send these when they do not know a type; the extension and the bytes decide then. */
const genericTypes = new Set(["", "application/octet-stream"]);

const typeAdvice = "Use a PDF, an image or an Office document.";

export interface EvidenceFileFacts {
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** "report.final.PDF" → "pdf"; "" when the name has no extension. */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 && dot < fileName.length - 1 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/** "14.2 MB", "10 MB", "820 KB", "12 bytes". */
export function formatFileSize(sizeBytes: number): string {
  if (sizeBytes >= 1024 * 1024)
    return `${(sizeBytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MB`;
  if (sizeBytes >= 1024) return `${Math.round(sizeBytes / 1024)} KB`;
  return `${sizeBytes} ${sizeBytes === 1 ? "byte" : "bytes"}`;
}

/**
 * Why this file cannot be added, as a sentence for the teacher; null when it may be. Checks the
 * size, the extension and the declared type (which must agree with the extension).
 */
export function checkEvidenceFile(file: EvidenceFileFacts): string | null {
  const extension = fileExtension(file.fileName);
  const kind = allowedKinds[extension];
  if (!kind) {
    return extension
      ? `Files of type .${extension} can't be added. ${typeAdvice}`
      : `This file has no type in its name (like .pdf), so it can't be added. ${typeAdvice}`;
  }
  const declared = file.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!genericTypes.has(declared) && !kind.contentTypes.includes(declared)) {
    return `This file is named .${extension} but is sent as ${declared}, so it can't be added. ${typeAdvice}`;
  }
  if (file.sizeBytes <= 0) return "This file is empty. Choose the file again.";
  if (file.sizeBytes > MAX_EVIDENCE_BYTES) {
    return `This file is ${formatFileSize(file.sizeBytes)}; the limit is ${formatFileSize(MAX_EVIDENCE_BYTES)}.`;
  }
  return null;
}

function startsWith(bytes: Uint8Array, expected: readonly number[], offset = 0): boolean {
  return expected.every((value, index) => bytes[offset + index] === value);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const signatureMatches: Record<Signature, (bytes: Uint8Array) => boolean> = {
  pdf: (bytes) => startsWith(bytes, ascii("%PDF-")),
  png: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  gif: (bytes) => startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a")),
  webp: (bytes) => startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8),
  heic: (bytes) => startsWith(bytes, ascii("ftyp"), 4),
  zip: (bytes) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]),
  ole: (bytes) => startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
};

/** How many leading bytes `checkEvidenceContent` needs. */
export const EVIDENCE_SNIFF_BYTES = 16;

/**
 * Whether the file's first bytes are what its extension says (a renamed program is refused);
 * a message when not, null when they match. Run after `checkEvidenceFile`.
 */
export function checkEvidenceContent(fileName: string, head: Uint8Array): string | null {
  const extension = fileExtension(fileName);
  const kind = allowedKinds[extension];
  if (!kind) return `Files of type .${extension} can't be added. ${typeAdvice}`;
  if (signatureMatches[kind.signature](head)) return null;
  return `This file is named .${extension} but its contents are not a .${extension} file, so it can't be added. ${typeAdvice}`;
}

/** PDFs and images open in the browser; Office documents download. */
export function opensInBrowser(contentType: string): boolean {
  return contentType === "application/pdf" || contentType.startsWith("image/");
}

/**
 * The type the server stores and serves: the canonical type for the extension, never the
 * browser's claim, so a file cannot ask to be served as HTML.
 */
export function evidenceContentType(fileName: string): string {
  return allowedKinds[fileExtension(fileName)]?.contentTypes[0] ?? "application/octet-stream";
}
