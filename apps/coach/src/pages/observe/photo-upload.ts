import { removeUploadedFile, uploadFile } from "@throughline/ui/file-upload";

/** Sends one photo of the observation; the answer is the new photo's id or the server's message. */
export function uploadObservationPhoto(observationId: string, file: File) {
  return uploadFile(
    "/files/observation-photos",
    { field: "observationId", id: observationId },
    file,
    { noun: "photo", idField: "photoId" },
  );
}

export function removeObservationPhoto(photoId: string) {
  return removeUploadedFile(`/files/observation-photos/${photoId}`, "photo");
}
