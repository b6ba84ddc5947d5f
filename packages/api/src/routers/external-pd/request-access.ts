import type { Transaction } from "@throughline/db/client";
import { externalPdRequestInScope } from "@throughline/db/queries/external-pd/external-pd-queue";
import {
  type ExternalPdRequestRow,
  findExternalPdRequest,
} from "@throughline/db/queries/external-pd/external-pd-requests";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { type ExternalPdStatus, externalPdActions } from "@throughline/domain/external-pd";
import { localDay } from "@throughline/domain/local-time";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";

/*
 * Who may touch an external PD request: its teacher changes it while it waits or was returned;
 * a principal of the teacher's school or a district admin decides it while it waits. Anyone
 * else is told there is no such request, so an id tells nothing about another teacher.
 */

const noSuchRequest = () =>
  new TRPCError({ code: "NOT_FOUND", message: "There is no such request for PD credit." });

/** The viewer's own request, in a status they may change (edit or withdraw). */
export async function requireOwnChangeable(
  ctx: TenantScope,
  requestId: string,
  action: "canEdit" | "canWithdraw",
): Promise<ExternalPdRequestRow> {
  const request = await findExternalPdRequest(ctx.tx, { requestId });
  if (!request || request.personId !== ctx.personId) throw noSuchRequest();
  if (!externalPdActions[action](request.status)) {
    throw new TRPCError({ code: "CONFLICT", message: changedMessage(request.status) });
  }
  return request;
}

/** A request of a teacher the reviewer administers, still waiting for a decision. */
export async function requireDecidable(
  ctx: TenantScope,
  requestId: string,
): Promise<ExternalPdRequestRow> {
  const inScope = await externalPdRequestInScope(ctx.tx, {
    requestId,
    scope: ctx.scope.schools,
  });
  const request = inScope ? await findExternalPdRequest(ctx.tx, { requestId }) : null;
  if (!request) throw noSuchRequest();
  if (request.personId === ctx.personId) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Someone else must review your own request for PD credit.",
    });
  }
  if (!externalPdActions.canDecide(request.status)) {
    throw new TRPCError({ code: "CONFLICT", message: changedMessage(request.status) });
  }
  return request;
}

function changedMessage(status: ExternalPdStatus): string {
  switch (status) {
    case "approved":
      return "This request was already approved.";
    case "returned":
      return "This request was already returned to the teacher.";
    case "withdrawn":
      return "This request was withdrawn.";
    case "submitted":
      return "This request is waiting for review.";
  }
}

/** PD not yet taken cannot be credited: the end date is checked against the district's today. */
export async function requireEndedByToday(
  tx: Transaction,
  districtId: string,
  endOn: string,
): Promise<void> {
  const today = localDay(new Date(), await districtTimeZone(tx, districtId));
  if (endOn > today) {
    throw fieldProblem(
      ["endOn"],
      "Request credit once the learning is finished: the end date is in the future",
    );
  }
}
