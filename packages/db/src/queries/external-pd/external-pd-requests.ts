import type { ExternalPdKind } from "@throughline/domain/external-pd";
import { and, desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { externalPdRequest, person } from "../../schema/index.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";
import { externalPdRequestColumns } from "./external-pd-columns.ts";
import { latestCertificateOf } from "./latest-certificate.ts";

/*
 * A teacher's requests for credit for PD taken elsewhere: written by the teacher (submit, edit,
 * withdraw) and decided by a reviewer. Every function runs in the viewer's tenant transaction.
 */

interface RequestFields {
  title: string;
  provider: string;
  kind: ExternalPdKind;
  startOn: string;
  endOn: string;
  hours: number;
  description: string | null;
}

export async function insertExternalPdRequest(
  tx: Transaction,
  params: RequestFields & { districtId: string; personId: string },
): Promise<string> {
  const [row] = await tx
    .insert(externalPdRequest)
    .values({ ...params, status: "submitted" })
    .returning({ id: externalPdRequest.id });
  if (!row) throw new Error("The request was not saved");
  return row.id;
}

/** The teacher's change, which sends the request for review again and clears the last decision. */
export async function resubmitExternalPdRequest(
  tx: Transaction,
  params: RequestFields & { requestId: string; now: Date },
): Promise<void> {
  const { requestId, now, ...fields } = params;
  await tx
    .update(externalPdRequest)
    .set({
      ...fields,
      status: "submitted",
      submittedAt: now,
      reviewedBy: null,
      reviewedAt: null,
      returnReason: null,
    })
    .where(eq(externalPdRequest.id, requestId));
}

export async function withdrawExternalPdRequest(
  tx: Transaction,
  params: { requestId: string },
): Promise<void> {
  await tx
    .update(externalPdRequest)
    .set({ status: "withdrawn" })
    .where(eq(externalPdRequest.id, params.requestId));
}

/** A reviewer's decision: approved (no reason) or returned with the reason the teacher reads. */
export async function decideExternalPdRequest(
  tx: Transaction,
  params: {
    requestId: string;
    reviewerId: string;
    now: Date;
    decision: { status: "approved" } | { status: "returned"; reason: string };
  },
): Promise<void> {
  await tx
    .update(externalPdRequest)
    .set({
      status: params.decision.status,
      reviewedBy: params.reviewerId,
      reviewedAt: params.now,
      returnReason: params.decision.status === "returned" ? params.decision.reason : null,
    })
    .where(eq(externalPdRequest.id, params.requestId));
}

/** One request with its teacher's name and its latest certificate; null when there is none. */
export async function findExternalPdRequest(tx: Transaction, params: { requestId: string }) {
  const [row] = await tx
    .select({
      ...externalPdRequestColumns,
      teacherName: person.displayName,
      certificate: latestCertificateOf(),
    })
    .from(externalPdRequest)
    .innerJoin(person, tenantJoin(person, externalPdRequest, externalPdRequest.personId))
    .where(eq(externalPdRequest.id, params.requestId))
    .limit(1);
  return row ?? null;
}

export type ExternalPdRequestRow = NonNullable<Awaited<ReturnType<typeof findExternalPdRequest>>>;

/** The teacher's own requests, the ones waiting first, then the newest. */
export async function listMyExternalPdRequests(tx: Transaction, params: { personId: string }) {
  return tx
    .select({ ...externalPdRequestColumns, certificate: latestCertificateOf() })
    .from(externalPdRequest)
    .where(eq(externalPdRequest.personId, params.personId))
    .orderBy(desc(externalPdRequest.submittedAt), desc(externalPdRequest.id))
    .limit(200);
}

/** The teacher's approved requests: the external lines of the transcript. */
export async function listApprovedExternalPd(tx: Transaction, params: { personId: string }) {
  return tx
    .select({
      requestId: externalPdRequest.id,
      title: externalPdRequest.title,
      provider: externalPdRequest.provider,
      kind: externalPdRequest.kind,
      startOn: externalPdRequest.startOn,
      endOn: externalPdRequest.endOn,
      hours: externalPdRequest.hours,
    })
    .from(externalPdRequest)
    .where(
      and(
        eq(externalPdRequest.personId, params.personId),
        eq(externalPdRequest.status, "approved"),
      ),
    )
    .orderBy(externalPdRequest.endOn, externalPdRequest.id);
}
