import { removeUploadedFile, uploadFile } from "@throughline/ui/file-upload";

/** Sends one file to the evidence endpoint; the answer is the new file's id or the server's message. */
export function uploadEvidenceFile(stepId: string, file: File) {
  return uploadFile("/files/evidence", { field: "stepId", id: stepId }, file, {
    noun: "file",
    idField: "fileId",
  });
}

export function removeEvidenceFile(fileId: string) {
  return removeUploadedFile(`/files/evidence/${fileId}`, "file");
}
