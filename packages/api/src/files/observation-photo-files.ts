import {
  addObservationPhoto,
  findObservationForPhotos,
  findVisiblePhoto,
  removeObservationPhoto,
} from "@throughline/db/queries/observations/observation-photos";
import { checkObservationPhoto } from "@throughline/domain/observation-photo";
import { fileProblem } from "./file-results.ts";
import { fileStore, type UploadedFile } from "./file-store.ts";

/**
 * Observation photos over plain HTTP, answered like evidence files: inside the viewer's tenant
 * transaction, through the observation visibility layer. Only the observer adds or removes a
 * photo; the bytes go to whoever may read the observation's content, and to nobody else — not
 * even the knowledge that a photo exists.
 */

const noSuchPhoto = fileProblem(404, "There is no such photo.");
const noSuchObservation = fileProblem(404, "There is no such observation.");
const observerOnly = fileProblem(403, "Only the observer can change an observation's photos.");

export const observationPhotoFiles = fileStore({
  notFound: noSuchPhoto,
  checkFile: checkObservationPhoto,

  async add(scope, upload: UploadedFile & { observationId: string }, store) {
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
  },

  find: (scope, photoId) => findVisiblePhoto(scope.tx, { viewerId: scope.personId, photoId }),

  async remove(scope, photoId) {
    const photo = await findVisiblePhoto(scope.tx, { viewerId: scope.personId, photoId });
    if (!photo) return noSuchPhoto;
    if (photo.relation !== "observer") return observerOnly;
    await removeObservationPhoto(scope.tx, { photoId: photo.id });
    return { ok: true, key: photo.storageKey } as const;
  },
});
