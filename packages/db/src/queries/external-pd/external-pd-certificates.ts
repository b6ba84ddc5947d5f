import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { externalPdCertificate, externalPdRequest } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

/*
 * Certificates of external PD requests. Who may read one is decided by the API (the teacher,
 * and the reviewers who administer them); these read and write the rows.
 */

export async function addExternalPdCertificate(
  tx: Transaction,
  params: {
    districtId: string;
    requestId: string;
    uploadedBy: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    storageKey: string;
  },
): Promise<string> {
  const [row] = await tx
    .insert(externalPdCertificate)
    .values(params)
    .returning({ id: externalPdCertificate.id });
  if (!row) throw new Error("The certificate was not saved");
  return row.id;
}

/** A certificate with the request's teacher and status, for the API to decide who may read it. */
export async function findExternalPdCertificate(
  tx: Transaction,
  params: { certificateId: string },
) {
  const [row] = await tx
    .select({
      id: externalPdCertificate.id,
      requestId: externalPdCertificate.requestId,
      fileName: externalPdCertificate.fileName,
      contentType: externalPdCertificate.contentType,
      sizeBytes: externalPdCertificate.sizeBytes,
      storageKey: externalPdCertificate.storageKey,
      teacherId: externalPdRequest.personId,
    })
    .from(externalPdCertificate)
    .innerJoin(
      externalPdRequest,
      tenantJoin(externalPdRequest, externalPdCertificate, externalPdCertificate.requestId),
    )
    .where(eq(externalPdCertificate.id, params.certificateId))
    .limit(1);
  return row ?? null;
}
