import {
  addExternalPdCertificate,
  findExternalPdCertificate,
} from "@throughline/db/queries/external-pd/external-pd-certificates";
import { externalPdRequestInScope } from "@throughline/db/queries/external-pd/external-pd-queue";
import { findExternalPdRequest } from "@throughline/db/queries/external-pd/external-pd-requests";
import { checkCertificateFile, externalPdActions } from "@throughline/domain/external-pd";
import type { TenantScope } from "../session.ts";
import { fileProblem } from "./file-results.ts";
import { fileStore, type UploadedFile } from "./file-store.ts";

/**
 * Certificates of requests for credit for PD taken elsewhere: a PDF, PNG or JPEG (checked by
 * its first bytes), added by the request's teacher while it waits or was returned. The teacher
 * and the reviewers who administer them (a principal of their school, a district admin) read
 * it; anyone else is told it does not exist. A new certificate replaces the one shown.
 */

const noSuchCertificate = fileProblem(404, "There is no such certificate.");
const noSuchRequest = fileProblem(404, "There is no such request for PD credit.");
const decided = fileProblem(
  403,
  "This request was already decided; its certificate stays as it is.",
);

async function mayRead(scope: TenantScope, teacherId: string, requestId: string) {
  if (teacherId === scope.personId) return true;
  if (!scope.scope.tiers.admin) return false;
  return externalPdRequestInScope(scope.tx, { requestId, scope: scope.scope.schools });
}

export const externalPdCertificateFiles = fileStore({
  notFound: noSuchCertificate,
  checkFile: checkCertificateFile,

  async add(scope, upload: UploadedFile & { requestId: string }, store) {
    const request = await findExternalPdRequest(scope.tx, { requestId: upload.requestId });
    if (!request || request.personId !== scope.personId) return noSuchRequest;
    if (!externalPdActions.canEdit(request.status)) return decided;
    const certificateId = await addExternalPdCertificate(scope.tx, {
      districtId: scope.districtId,
      requestId: request.id,
      uploadedBy: scope.personId,
      ...(await store()),
    });
    return { ok: true, certificateId } as const;
  },

  async find(scope, certificateId) {
    const found = await findExternalPdCertificate(scope.tx, { certificateId });
    if (!found) return null;
    return (await mayRead(scope, found.teacherId, found.requestId)) ? found : null;
  },
});
