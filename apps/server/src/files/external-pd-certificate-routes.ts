import { externalPdCertificateFiles } from "@throughline/api/files/external-pd-certificate-files";
import type { Hono } from "hono";
import { type FileRouteDeps, fileRoutes } from "./file-routes.ts";

/**
 * Certificates of requests for PD credit: `POST /files/external-pd-certificates` (fields
 * `requestId` and `file`) and `GET /files/external-pd-certificates/:certificateId`. The
 * teacher and the reviewers who administer them read one; anyone else gets 404.
 */
export function externalPdCertificateRoutes(deps: FileRouteDeps): Hono {
  return fileRoutes(deps, {
    form: { ownerField: "requestId", owner: "a request for PD credit", noun: "certificate" },
    notFound: "There is no such certificate.",
    async upload(fileDeps, viewer, { ownerId: requestId, ...file }) {
      const result = await externalPdCertificateFiles.upload(fileDeps, viewer, {
        requestId,
        ...file,
      });
      return result.ok ? { ok: true, created: { certificateId: result.certificateId } } : result;
    },
    open: externalPdCertificateFiles.open,
    // PDFs and images only: each opens in the browser for the reviewer to read.
    inline: () => true,
  });
}
