import type { Readable } from "node:stream";
import type { Database } from "@throughline/db/client";
import {
  checkEvidenceContent,
  checkEvidenceFile,
  EVIDENCE_SNIFF_BYTES,
  type EvidenceFileFacts,
  formatFileSize,
  MAX_EVIDENCE_BYTES,
} from "@throughline/domain/evidence";
import type { FileStorage } from "./storage.ts";

/*
 * What every kind of file over plain HTTP (plan evidence, observation photos, work samples,
 * submission evidence) answers the same way: results that carry an HTTP status so the routes stay thin,
 * the checks an upload passes before it is stored, and a stored file opened for sending.
 */

export interface FileDeps {
  db: Database;
  storage: FileStorage;
}

/** Who asks: the person and district of the request's session. */
export interface FileMembership {
  districtId: string;
  personId: string;
}

export type FileProblem = { ok: false; status: 400 | 403 | 404 | 413 | 415; message: string };

export function fileProblem(status: FileProblem["status"], message: string): FileProblem {
  return { ok: false, status, message };
}

export type OpenedFile = {
  ok: true;
  stream: Readable;
  fileName: string;
  contentType: string;
  sizeBytes: number;
};

/** The size check on its own, so a route can refuse an oversized upload before reading it. */
export function oversizedMessage(sizeBytes: number): string | null {
  return sizeBytes > MAX_EVIDENCE_BYTES
    ? `This file is ${formatFileSize(sizeBytes)}; the limit is ${formatFileSize(MAX_EVIDENCE_BYTES)}.`
    : null;
}

/**
 * Why an upload is refused before anything is stored (too large, an empty file, a type or
 * content not allowed), or null when it may go on. `checkFile` is the kind's own name and type
 * rule; the content check on the first bytes is the same for every kind.
 */
export function uploadProblem(
  upload: { fileName: string; contentType: string; bytes: Uint8Array },
  checkFile: (file: EvidenceFileFacts) => string | null = checkEvidenceFile,
): FileProblem | null {
  const sizeBytes = upload.bytes.byteLength;
  const tooBig = oversizedMessage(sizeBytes);
  if (tooBig) return fileProblem(413, tooBig);
  const refused =
    checkFile({ fileName: upload.fileName, contentType: upload.contentType, sizeBytes }) ??
    checkEvidenceContent(upload.fileName, upload.bytes.subarray(0, EVIDENCE_SNIFF_BYTES));
  if (refused) return fileProblem(sizeBytes === 0 ? 400 : 415, refused);
  return null;
}

/** A file the viewer may read, opened from storage; `notFound` when it or its bytes are gone. */
export async function openStoredFile(
  storage: FileStorage,
  found: { storageKey: string; fileName: string; contentType: string; sizeBytes: number } | null,
  notFound: FileProblem,
): Promise<OpenedFile | FileProblem> {
  if (!found) return notFound;
  const stream = await storage.get(found.storageKey);
  if (!stream) return notFound;
  return {
    ok: true,
    stream,
    fileName: found.fileName,
    contentType: found.contentType,
    sizeBytes: found.sizeBytes,
  };
}
