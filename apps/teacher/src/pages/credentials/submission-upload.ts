import { uploadFile } from "@throughline/ui/file-upload";

/** Sends one file to a requirement of my draft; the answer is the new item's id or the server's message. */
export function uploadSubmissionFile(submissionId: string, requirementKey: string, file: File) {
  // The requirement rides in the address: the shared upload client sends one id field.
  return uploadFile(
    `/files/submission-evidence?requirementKey=${encodeURIComponent(requirementKey)}`,
    { field: "submissionId", id: submissionId },
    file,
    { noun: "file", idField: "itemId" },
  );
}

export function submissionFileUrl(itemId: string): string {
  return `/files/submission-evidence/${itemId}`;
}
