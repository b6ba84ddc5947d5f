import { asc, desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { externalPdCertificate, externalPdRequest } from "../../schema/index.ts";
import { externalPdRequestColumns } from "../external-pd/external-pd-columns.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";

interface RecordExternalCertificate {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
}

/** One external PD request of the teacher's, whatever its status, with its certificates. */
export type RecordExternalPd = Omit<Awaited<ReturnType<typeof requestsOf>>[number], "personId"> & {
  certificates: RecordExternalCertificate[];
};

function requestsOf(tx: Transaction, personId: string) {
  return tx
    .select(externalPdRequestColumns)
    .from(externalPdRequest)
    .where(eq(externalPdRequest.personId, personId))
    .orderBy(asc(externalPdRequest.startOn), asc(externalPdRequest.id));
}

/**
 * The teacher's external PD requests for the record (approved, waiting, returned or withdrawn:
 * the record holds what they asked for, not only what counted), and where each certificate's
 * bytes are, by certificate id, for the builder to read with the evidence files.
 */
export async function loadRecordExternalPd(
  tx: Transaction,
  params: { personId: string },
): Promise<{ requests: RecordExternalPd[]; certificateKeys: Map<string, string> }> {
  const [requests, certificates] = await Promise.all([
    requestsOf(tx, params.personId),
    tx
      .select({
        id: externalPdCertificate.id,
        requestId: externalPdCertificate.requestId,
        fileName: externalPdCertificate.fileName,
        contentType: externalPdCertificate.contentType,
        sizeBytes: externalPdCertificate.sizeBytes,
        uploadedAt: externalPdCertificate.createdAt,
        storageKey: externalPdCertificate.storageKey,
      })
      .from(externalPdCertificate)
      .innerJoin(
        externalPdRequest,
        tenantJoin(externalPdRequest, externalPdCertificate, externalPdCertificate.requestId),
      )
      .where(eq(externalPdRequest.personId, params.personId))
      .orderBy(desc(externalPdCertificate.createdAt), desc(externalPdCertificate.id)),
  ]);
  return {
    requests: requests.map(({ personId: _person, ...request }) => ({
      ...request,
      certificates: certificates
        .filter((certificate) => certificate.requestId === request.id)
        .map(({ requestId: _request, storageKey: _key, ...certificate }) => certificate),
    })),
    certificateKeys: new Map(certificates.map((row) => [row.id, row.storageKey])),
  };
}
