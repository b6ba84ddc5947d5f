import { actionStep } from "./action-step.ts";
import { uploadTable } from "./upload-table.ts";

/**
 * A file uploaded as evidence for an action step. The bytes live in file storage (the data
 * folder in the embedded mode) under `storage_key`; this row says who may read them.
 */
export const evidenceFile = uploadTable("evidence_file", {
  parentKey: "stepId",
  parentName: "step",
  parent: actionStep,
  uploaderKey: "uploadedBy",
});
