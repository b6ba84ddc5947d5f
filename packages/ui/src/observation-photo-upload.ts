import { removeUploadedFile, type UploadAnswer, uploadFile } from "./file-upload.ts";

/*
 * Sending and removing one photo of an observation through the server's upload route, for the
 * apps to hand to the recording screen (the shared components call only what they are given).
 */

export interface ObservationPhotoStore {
  upload: (observationId: string, file: File) => Promise<UploadAnswer>;
  remove: (photoId: string) => ReturnType<typeof removeUploadedFile>;
}

export const observationPhotoStore: ObservationPhotoStore = {
  upload: (observationId, file) =>
    uploadFile("/files/observation-photos", { field: "observationId", id: observationId }, file, {
      noun: "photo",
      idField: "photoId",
    }),
  remove: (photoId) => removeUploadedFile(`/files/observation-photos/${photoId}`, "photo"),
};
