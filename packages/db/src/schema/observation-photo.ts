import { observation } from "./observation.ts";
import { uploadTable } from "./upload-table.ts";

/** A photo taken as evidence during an observation; bytes in file storage, as evidence files. */
export const observationPhoto = uploadTable("observation_photo", {
  parentKey: "observationId",
  parentName: "observation",
  parent: observation,
  uploaderKey: "uploadedBy",
});
