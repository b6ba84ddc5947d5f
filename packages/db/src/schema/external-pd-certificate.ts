import { externalPdRequest } from "./external-pd-request.ts";
import { uploadTable } from "./upload-table.ts";

/**
 * The certificate of an external PD request (a PDF, PNG or JPEG, checked by its first bytes);
 * bytes in file storage, as evidence files. The latest one uploaded is the request's.
 */
export const externalPdCertificate = uploadTable("external_pd_certificate", {
  parentKey: "requestId",
  parentName: "request",
  parent: externalPdRequest,
  uploaderKey: "uploadedBy",
});
