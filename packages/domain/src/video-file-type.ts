/*
 * What an uploaded video is, from its first bytes rather than its name: a renamed document is
 * refused however it is called. ISO media (MP4, MOV) starts with a `ftyp` box whose brand tells
 * QuickTime from MP4; WebM is Matroska (the EBML magic) whose doctype is "webm".
 */

type VideoFileType = "video/mp4" | "video/quicktime" | "video/webm";

/** How many leading bytes `sniffVideoType` needs to decide. */
export const VIDEO_SNIFF_BYTES = 64;

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The video's type, or null when the bytes are not MP4, MOV or WebM. */
export function sniffVideoType(bytes: Uint8Array): VideoFileType | null {
  if (bytes.length >= 12 && ascii(bytes, 4, 8) === "ftyp") {
    return ascii(bytes, 8, 12) === "qt  " ? "video/quicktime" : "video/mp4";
  }
  const ebml = bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3;
  if (ebml && ascii(bytes, 0, Math.min(bytes.length, VIDEO_SNIFF_BYTES)).includes("webm")) {
    return "video/webm";
  }
  return null;
}

/**
 * Whether browsers play the type as it is, so a server without ffmpeg can serve it as uploaded
 * (QuickTime plays only in Safari; it needs transcoding).
 */
export function playsInBrowsers(type: VideoFileType): boolean {
  return type !== "video/quicktime";
}

/** The words for a refused file: which types are taken. */
export const videoTypeMessage =
  "This file is not a video we can take. Upload an MP4, MOV or WebM video.";

/** The words for an over-limit file, with the district's limit. */
export function videoTooLargeMessage(maxBytes: number): string {
  const gb = maxBytes / 1024 ** 3;
  const limit = gb >= 1 ? `${Number(gb.toFixed(1))} GB` : `${Math.round(maxBytes / 1024 ** 2)} MB`;
  return `This video is larger than your district's limit of ${limit}.`;
}
