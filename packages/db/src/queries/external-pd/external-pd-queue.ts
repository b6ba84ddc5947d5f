import type { ExternalPdStatus } from "@throughline/domain/external-pd";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { externalPdRequest, person } from "../../schema/index.ts";
import { personInScope, type SchoolScope } from "../people/people-admin-scope.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";
import { externalPdRequestColumns } from "./external-pd-columns.ts";
import { latestCertificateOf } from "./latest-certificate.ts";

/** The most rows the queue shows at once; waiting requests come oldest first. */
const QUEUE_LIMIT = 200;

/**
 * Requests of the teachers a reviewer administers (a principal: people of their schools; a
 * district admin: everyone), in one status: waiting ones oldest first, decided ones newest first.
 */
export async function listExternalPdQueue(
  tx: Transaction,
  params: { scope: SchoolScope; status: ExternalPdStatus },
) {
  const waiting = params.status === "submitted";
  return tx
    .select({
      ...externalPdRequestColumns,
      teacherName: person.displayName,
      certificate: latestCertificateOf(),
    })
    .from(externalPdRequest)
    .innerJoin(person, tenantJoin(person, externalPdRequest, externalPdRequest.personId))
    .where(and(eq(externalPdRequest.status, params.status), personInScope(params.scope)))
    .orderBy(
      waiting ? asc(externalPdRequest.submittedAt) : desc(externalPdRequest.reviewedAt),
      asc(externalPdRequest.id),
    )
    .limit(QUEUE_LIMIT);
}

/** Whether the request's teacher is someone the reviewer administers. */
export async function externalPdRequestInScope(
  tx: Transaction,
  params: { requestId: string; scope: SchoolScope },
): Promise<boolean> {
  const [row] = await tx
    .select({ id: externalPdRequest.id })
    .from(externalPdRequest)
    .innerJoin(person, tenantJoin(person, externalPdRequest, externalPdRequest.personId))
    .where(and(eq(externalPdRequest.id, params.requestId), personInScope(params.scope)))
    .limit(1);
  return row !== undefined;
}
