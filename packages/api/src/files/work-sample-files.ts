import { mayRun, teamRelation } from "@throughline/db/queries/meetings/meeting-access";
import {
  addWorkSample,
  findCheckpointOwner,
  findWorkSample,
  removeWorkSample,
} from "@throughline/db/queries/team-goals/team-goal-owners";
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
 * De-identified student work attached to a team goal's checkpoint, answered like evidence
 * files: inside the viewer's tenant transaction, by how they stand to the goal's team
 * (meeting-access). The facilitator and coaches add and remove samples; the team's members
 * read them; a principal and anyone else find nothing, not even that a sample exists.
 */

const noSuchSample: FileProblem = {
  ok: false,
  status: 404,
  message: "There is no such work sample.",
};
const noSuchCheckpoint: FileProblem = {
  ok: false,
  status: 404,
  message: "There is no such checkpoint.",
};
const runnersOnly: FileProblem = {
  ok: false,
  status: 403,
  message: "Only the team's facilitator or coach can change its work samples.",
};

export async function uploadWorkSample(
  deps: FileDeps,
  membership: FileMembership,
  upload: { checkpointId: string; fileName: string; contentType: string; bytes: Uint8Array },
): Promise<{ ok: true; sampleId: string } | FileProblem> {
  const refused = uploadProblem(upload);
  if (refused) return refused;

  return withViewerUpload(deps, membership, upload, async (scope, store) => {
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
  });
}

/** The sample and how the viewer stands to its team, if they are on the team's side. */
async function visibleSample(
  scope: { tx: Parameters<typeof teamRelation>[0]; personId: string },
  sampleId: string,
) {
  const sample = await findWorkSample(scope.tx, { sampleId });
  if (!sample) return null;
  const relation = await teamRelation(scope.tx, {
    personId: scope.personId,
    teamId: sample.teamId,
  });
  if (relation === null || relation === "principal") return null;
  return { ...sample, relation };
}

export async function openWorkSample(
  deps: FileDeps,
  membership: FileMembership,
  sampleId: string,
): Promise<OpenedFile | FileProblem> {
  return openViewerFile(deps, membership, noSuchSample, (scope) => visibleSample(scope, sampleId));
}

export async function deleteWorkSample(
  deps: FileDeps,
  membership: FileMembership,
  sampleId: string,
): Promise<{ ok: true } | FileProblem> {
  return deleteViewerFile(deps, membership, noSuchSample, async (scope) => {
    const sample = await visibleSample(scope, sampleId);
    if (!sample) return noSuchSample;
    if (!mayRun(sample.relation)) return runnersOnly;
    await removeWorkSample(scope.tx, { sampleId: sample.id });
    return { ok: true, key: sample.storageKey } as const;
  });
}
