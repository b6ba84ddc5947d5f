import { findStep } from "@throughline/db/queries/action-plans/action-steps";
import {
  addEvidenceFile,
  findEvidenceFile,
  removeEvidenceFile,
} from "@throughline/db/queries/action-plans/evidence-files";
import { planAccessFor } from "@throughline/db/queries/action-plans/plan-readers";
import { advanceIfComplete } from "@throughline/db/queries/enrolments/progression";
import { notifyIfEnrolled } from "../notifications/enrolment-notifications.ts";
import { fileProblem } from "./file-results.ts";
import { fileStore, type UploadedFile } from "./file-store.ts";

/*
 * Evidence files over plain HTTP (uploads do not fit tRPC's JSON): the same questions the API
 * asks — who is this, may they read or change this plan — answered inside the viewer's tenant
 * transaction. Results carry an HTTP status so the routes stay thin.
 */

const notFound = fileProblem(404, "There is no such file.");
const noSuchStep = fileProblem(404, "There is no such step.");
const notYours = fileProblem(403, "Only the plan's teacher can change its evidence.");

export const evidenceFiles = fileStore({
  notFound,

  async add(scope, upload: UploadedFile & { stepId: string }, store) {
    const step = await findStep(scope.tx, { stepId: upload.stepId });
    if (!step) return noSuchStep;
    const access = await planAccessFor(scope.tx, {
      planId: step.planId,
      viewerId: scope.personId,
    });
    if (!access) return noSuchStep;
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
  },

  async find(scope, fileId) {
    const file = await findEvidenceFile(scope.tx, { fileId });
    if (!file) return null;
    // Someone who may not read the plan learns nothing, not even that the file exists.
    const access = await planAccessFor(scope.tx, { planId: file.planId, viewerId: scope.personId });
    return access ? file : null;
  },

  async remove(scope, fileId) {
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
  },
});
