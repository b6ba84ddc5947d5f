import {
  addObservationPhoto,
  findObservationForPhotos,
  findVisiblePhoto,
  removeObservationPhoto,
} from "@throughline/db/queries/observations/observation-photos";
import { checkObservationPhoto } from "@throughline/domain/observation-photo";
import {
  type FileDeps,
  type FileMembership,
  type FileProblem,
  type OpenedFile,
  uploadProblem,
} from "./file-results.ts";
import { withViewerUpload } from "./stored-upload.ts";
import { deleteViewerFile, openViewerFile } from "./viewer-file.ts";

/**
 * Observation photos over plain HTTP, answered like evidence files: inside the viewer's tenant
 * transaction, through the observation visibility layer. Only the observer adds or removes a
 * photo; the bytes go to whoever may read the observation's content, and to nobody else — not
 * even the knowledge that a photo exists.
 */

const noSuchPhoto: FileProblem = { ok: false, status: 404, message: "There is no such photo." };
const noSuchObservation: FileProblem = {
  ok: false,
  status: 404,
  message: "There is no such observation.",
};
const observerOnly: FileProblem = {
  ok: false,
  status: 403,
  message: "Only the observer can change an observation's photos.",
};

export async function uploadObservationPhoto(
  deps: FileDeps,
  membership: FileMembership,
  upload: { observationId: string; fileName: string; contentType: string; bytes: Uint8Array },
): Promise<{ ok: true; photoId: string } | FileProblem> {
  const refused = uploadProblem(upload, checkObservationPhoto);
  if (refused) return refused;

  return withViewerUpload(deps, membership, upload, async (scope, store) => {
    const found = await findObservationForPhotos(scope.tx, {
      viewerId: scope.personId,
      observationId: upload.observationId,
    });
    if (!found) return noSuchObservation;
    if (found.relation !== "observer") return observerOnly;
    const photoId = await addObservationPhoto(scope.tx, {
      districtId: scope.districtId,
      observationId: found.id,
      uploadedBy: scope.personId,
      ...(await store()),
    });
    return { ok: true, photoId } as const;
  });
}

export async function openObservationPhoto(
  deps: FileDeps,
  membership: FileMembership,
  photoId: string,
): Promise<OpenedFile | FileProblem> {
  return openViewerFile(deps, membership, noSuchPhoto, (scope) =>
    findVisiblePhoto(scope.tx, { viewerId: scope.personId, photoId }),
  );
}

export async function deleteObservationPhoto(
  deps: FileDeps,
  membership: FileMembership,
  photoId: string,
): Promise<{ ok: true } | FileProblem> {
  return deleteViewerFile(deps, membership, noSuchPhoto, async (scope) => {
    const photo = await findVisiblePhoto(scope.tx, { viewerId: scope.personId, photoId });
    if (!photo) return noSuchPhoto;
    if (photo.relation !== "observer") return observerOnly;
    await removeObservationPhoto(scope.tx, { photoId: photo.id });
    return { ok: true, key: photo.storageKey } as const;
  });
}
