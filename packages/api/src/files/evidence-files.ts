import { findStep } from "@throughline/db/queries/action-plans/action-steps";
import {
  addEvidenceFile,
  findEvidenceFile,
  removeEvidenceFile,
} from "@throughline/db/queries/action-plans/evidence-files";
import { planAccessFor } from "@throughline/db/queries/action-plans/plan-readers";
import { advanceIfComplete } from "@throughline/db/queries/enrolments/progression";
import { notifyIfEnrolled } from "../notifications/enrolment-notifications.ts";
import {
  type FileDeps,
  type FileMembership,
  type FileProblem,
  type OpenedFile,
  uploadProblem,
} from "./file-results.ts";
import { withViewerUpload } from "./stored-upload.ts";
import { deleteViewerFile, openViewerFile } from "./viewer-file.ts";

/*
 * Evidence files over plain HTTP (uploads do not fit tRPC's JSON): the same questions the API
 * asks — who is this, may they read or change this plan — answered inside the viewer's tenant
 * transaction. Results carry an HTTP status so the routes stay thin.
 */

const notFound: FileProblem = { ok: false, status: 404, message: "There is no such file." };
const notYours: FileProblem = {
  ok: false,
  status: 403,
  message: "Only the plan's teacher can change its evidence.",
};

export async function uploadEvidence(
  deps: FileDeps,
  membership: FileMembership,
  upload: { stepId: string; fileName: string; contentType: string; bytes: Uint8Array },
): Promise<{ ok: true; fileId: string } | FileProblem> {
  const refused = uploadProblem(upload);
  if (refused) return refused;

  return withViewerUpload(deps, membership, upload, async (scope, store) => {
    const step = await findStep(scope.tx, { stepId: upload.stepId });
    if (!step) return { ok: false, status: 404, message: "There is no such step." } as const;
    const access = await planAccessFor(scope.tx, {
      planId: step.planId,
      viewerId: scope.personId,
    });
    if (!access) return { ok: false, status: 404, message: "There is no such step." } as const;
    if (access.reader !== "owner") return notYours;
    const fileId = await addEvidenceFile(scope.tx, {
      districtId: scope.districtId,
      actorId: scope.personId,
      planId: step.planId,
      step,
      ...(await store()),
    });
    // A file can be the evidence that completes the stage; then the next stage opens.
    const outcome = await advanceIfComplete(scope.tx, {
      personId: scope.personId,
      stageId: step.stageId,
    });
    await notifyIfEnrolled(scope, scope.personId, outcome);
    return { ok: true, fileId } as const;
  });
}

export async function openEvidence(
  deps: FileDeps,
  membership: FileMembership,
  fileId: string,
): Promise<OpenedFile | FileProblem> {
  return openViewerFile(deps, membership, notFound, async (scope) => {
    const file = await findEvidenceFile(scope.tx, { fileId });
    if (!file) return null;
    // Someone who may not read the plan learns nothing, not even that the file exists.
    const access = await planAccessFor(scope.tx, { planId: file.planId, viewerId: scope.personId });
    return access ? file : null;
  });
}

export async function deleteEvidence(
  deps: FileDeps,
  membership: FileMembership,
  fileId: string,
): Promise<{ ok: true } | FileProblem> {
  return deleteViewerFile(deps, membership, notFound, async (scope) => {
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
}
