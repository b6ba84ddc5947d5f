import { mayRun, teamRelation } from "@throughline/db/queries/meetings/meeting-access";
import {
  addWorkSample,
  findCheckpointOwner,
  findWorkSample,
  removeWorkSample,
} from "@throughline/db/queries/team-goals/team-goal-owners";
import type { TenantScope } from "../session.ts";
import { fileProblem } from "./file-results.ts";
import { fileStore, type UploadedFile } from "./file-store.ts";

/*
 * De-identified student work attached to a team goal's checkpoint, answered like evidence
 * files: inside the viewer's tenant transaction, by how they stand to the goal's team
 * (meeting-access). The facilitator and coaches add and remove samples; the team's members
 * read them; a principal and anyone else find nothing, not even that a sample exists.
 */

const noSuchSample = fileProblem(404, "There is no such work sample.");
const noSuchCheckpoint = fileProblem(404, "There is no such checkpoint.");
const runnersOnly = fileProblem(
  403,
  "Only the team's facilitator or coach can change its work samples.",
);

/** The sample and how the viewer stands to its team, if they are on the team's side. */
async function visibleSample(scope: TenantScope, sampleId: string) {
  const sample = await findWorkSample(scope.tx, { sampleId });
  if (!sample) return null;
  const relation = await teamRelation(scope.tx, {
    personId: scope.personId,
    teamId: sample.teamId,
  });
  if (relation === null || relation === "principal") return null;
  return { ...sample, relation };
}

export const workSampleFiles = fileStore({
  notFound: noSuchSample,

  async add(scope, upload: UploadedFile & { checkpointId: string }, store) {
    const owner = await findCheckpointOwner(scope.tx, { checkpointId: upload.checkpointId });
    if (!owner) return noSuchCheckpoint;
    const relation = await teamRelation(scope.tx, {
      personId: scope.personId,
      teamId: owner.teamId,
    });
    if (relation === null || relation === "principal") return noSuchCheckpoint;
    if (!mayRun(relation)) return runnersOnly;
    const sampleId = await addWorkSample(scope.tx, {
      districtId: scope.districtId,
      checkpointId: owner.checkpointId,
      uploadedById: scope.personId,
      ...(await store()),
    });
    return { ok: true, sampleId } as const;
  },

  find: visibleSample,

  async remove(scope, sampleId) {
    const sample = await visibleSample(scope, sampleId);
    if (!sample) return noSuchSample;
    if (!mayRun(sample.relation)) return runnersOnly;
    await removeWorkSample(scope.tx, { sampleId: sample.id });
    return { ok: true, key: sample.storageKey } as const;
  },
});
