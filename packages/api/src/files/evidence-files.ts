import type { Readable } from "node:stream";
import type { Database } from "@throughline/db/client";
import { findStep } from "@throughline/db/queries/action-steps";
import {
  addEvidenceFile,
  findEvidenceFile,
  removeEvidenceFile,
} from "@throughline/db/queries/evidence-files";
import { planAccessFor } from "@throughline/db/queries/plan-readers";
import { advanceIfComplete } from "@throughline/db/queries/progression";
import {
  checkEvidenceContent,
  checkEvidenceFile,
  EVIDENCE_SNIFF_BYTES,
  evidenceContentType,
  formatFileSize,
  MAX_EVIDENCE_BYTES,
} from "@throughline/domain/evidence";
import { notifyIfEnrolled } from "../notifications/enrolment-notifications.ts";
import { withViewer } from "../session.ts";
import type { FileStorage } from "./storage.ts";
import { withStoredUpload } from "./stored-upload.ts";

/**
 * Evidence files over plain HTTP (uploads do not fit tRPC's JSON): the same questions the API
 * asks — who is this, may they read or change this plan — answered inside the viewer's tenant
 * transaction. Results carry an HTTP status so the routes stay thin.
 */
export interface FileDeps {
  db: Database;
  storage: FileStorage;
}

interface Membership {
  districtId: string;
  personId: string;
}

export type FileProblem = { ok: false; status: 400 | 403 | 404 | 413 | 415; message: string };

const notFound: FileProblem = { ok: false, status: 404, message: "There is no such file." };
const notYours: FileProblem = {
  ok: false,
  status: 403,
  message: "Only the plan's teacher can change its evidence.",
};

/** The size check on its own, so a route can refuse an oversized upload before reading it. */
export function oversizedMessage(sizeBytes: number): string | null {
  return sizeBytes > MAX_EVIDENCE_BYTES
    ? `This file is ${formatFileSize(sizeBytes)}; the limit is ${formatFileSize(MAX_EVIDENCE_BYTES)}.`
    : null;
}

export async function uploadEvidence(
  deps: FileDeps,
  membership: Membership,
  upload: { stepId: string; fileName: string; contentType: string; bytes: Uint8Array },
): Promise<{ ok: true; fileId: string } | FileProblem> {
  const sizeBytes = upload.bytes.byteLength;
  const tooBig = oversizedMessage(sizeBytes);
  if (tooBig) return { ok: false, status: 413, message: tooBig };
  const refused =
    checkEvidenceFile({ fileName: upload.fileName, contentType: upload.contentType, sizeBytes }) ??
    checkEvidenceContent(upload.fileName, upload.bytes.subarray(0, EVIDENCE_SNIFF_BYTES));
  if (refused) return { ok: false, status: sizeBytes === 0 ? 400 : 415, message: refused };

  return withStoredUpload(deps.storage, (store) =>
    withViewer(deps.db, membership, async (scope) => {
      if (!scope) return { ok: false, status: 403, message: "This account is inactive." } as const;
      const step = await findStep(scope.tx, { stepId: upload.stepId });
      if (!step) return { ok: false, status: 404, message: "There is no such step." } as const;
      const access = await planAccessFor(scope.tx, {
        planId: step.planId,
        viewerId: scope.personId,
      });
      if (!access) return { ok: false, status: 404, message: "There is no such step." } as const;
      if (access.reader !== "owner") return notYours;
      const key = await store(scope.districtId, upload.bytes);
      const fileId = await addEvidenceFile(scope.tx, {
        districtId: scope.districtId,
        actorId: scope.personId,
        planId: step.planId,
        step,
        fileName: upload.fileName.slice(0, 200),
        contentType: evidenceContentType(upload.fileName),
        sizeBytes,
        storageKey: key,
      });
      // A file can be the evidence that completes the stage; then the next stage opens.
      const outcome = await advanceIfComplete(scope.tx, {
        personId: scope.personId,
        stageId: step.stageId,
      });
      await notifyIfEnrolled(scope, scope.personId, outcome);
      return { ok: true, fileId } as const;
    }),
  );
}

export async function openEvidence(
  deps: FileDeps,
  membership: Membership,
  fileId: string,
): Promise<
  | { ok: true; stream: Readable; fileName: string; contentType: string; sizeBytes: number }
  | FileProblem
> {
  const found = await withViewer(deps.db, membership, async (scope) => {
    if (!scope) return null;
    const file = await findEvidenceFile(scope.tx, { fileId });
    if (!file) return null;
    // Someone who may not read the plan learns nothing, not even that the file exists.
    const access = await planAccessFor(scope.tx, { planId: file.planId, viewerId: scope.personId });
    return access ? file : null;
  });
  if (!found) return notFound;
  const stream = await deps.storage.get(found.storageKey);
  if (!stream) return notFound;
  return {
    ok: true,
    stream,
    fileName: found.fileName,
    contentType: found.contentType,
    sizeBytes: found.sizeBytes,
  };
}

export async function deleteEvidence(
  deps: FileDeps,
  membership: Membership,
  fileId: string,
): Promise<{ ok: true } | FileProblem> {
  const result = await withViewer(deps.db, membership, async (scope) => {
    if (!scope) return notFound;
    const file = await findEvidenceFile(scope.tx, { fileId });
    if (!file) return notFound;
    const access = await planAccessFor(scope.tx, { planId: file.planId, viewerId: scope.personId });
    if (!access) return notFound;
    if (access.reader !== "owner") return notYours;
    await removeEvidenceFile(scope.tx, {
      districtId: scope.districtId,
      actorId: scope.personId,
      file,
    });
    return { ok: true, key: file.storageKey } as const;
  });
  if (!result.ok) return result;
  // After the commit: a failed delete leaves an orphan file, never a row without its bytes.
  await deps.storage.delete(result.key);
  return { ok: true };
}
