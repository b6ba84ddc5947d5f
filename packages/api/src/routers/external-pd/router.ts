import { listExternalPdQueue } from "@throughline/db/queries/external-pd/external-pd-queue";
import {
  decideExternalPdRequest,
  insertExternalPdRequest,
  listMyExternalPdRequests,
  resubmitExternalPdRequest,
  withdrawExternalPdRequest,
} from "@throughline/db/queries/external-pd/external-pd-requests";
import { rolesOfPerson } from "@throughline/db/queries/people/person-roles";
import { externalPdRequest } from "@throughline/db/schema";
import {
  externalPdQueueInputSchema,
  externalPdRequestIdInputSchema,
  returnExternalPdInputSchema,
  submitExternalPdInputSchema,
  updateExternalPdInputSchema,
} from "@throughline/domain/external-pd";
import { audited } from "../../audited.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter, teacherProcedure } from "../../trpc.ts";
import { notifyExternalPdDecided } from "./notify-decision.ts";
import { requireDecidable, requireEndedByToday, requireOwnChangeable } from "./request-access.ts";

/**
 * Credit for PD taken elsewhere: the teacher submits, edits (which sends a returned request
 * back) and withdraws; a principal (for their schools' teachers) or a district admin approves
 * or returns it with a reason. Each decision tells the teacher and is on the audit log.
 */
export const externalPdRouter = createRouter({
  /** The teacher's requests, newest first, with status, the return reason and the certificate. */
  mine: teacherProcedure.query(({ ctx }) =>
    listMyExternalPdRequests(ctx.tx, { personId: ctx.personId }),
  ),

  submit: teacherProcedure.input(submitExternalPdInputSchema).mutation(async ({ ctx, input }) => {
    await requireEndedByToday(ctx.tx, ctx.districtId, input.endOn);
    const requestId = await insertExternalPdRequest(ctx.tx, {
      ...input,
      districtId: ctx.districtId,
      personId: ctx.personId,
    });
    return { requestId };
  }),

  /** Changes a waiting or returned request and sends it for review again. */
  update: teacherProcedure.input(updateExternalPdInputSchema).mutation(async ({ ctx, input }) => {
    const { requestId, ...fields } = input;
    await requireOwnChangeable(ctx, requestId, "canEdit");
    await requireEndedByToday(ctx.tx, ctx.districtId, input.endOn);
    await resubmitExternalPdRequest(ctx.tx, { ...fields, requestId, now: new Date() });
    return { requestId };
  }),

  withdraw: teacherProcedure
    .input(externalPdRequestIdInputSchema)
    .mutation(async ({ ctx, input }) => {
      await requireOwnChangeable(ctx, input.requestId, "canWithdraw");
      await withdrawExternalPdRequest(ctx.tx, { requestId: input.requestId });
      return { requestId: input.requestId };
    }),

  /** Requests of the teachers the reviewer administers: waiting ones unless asked otherwise. */
  queue: adminProcedure.input(externalPdQueueInputSchema).query(({ ctx, input }) =>
    listExternalPdQueue(ctx.tx, {
      scope: ctx.scope.schools,
      status: input?.status ?? "submitted",
    }),
  ),

  approve: adminProcedure.input(externalPdRequestIdInputSchema).mutation(async ({ ctx, input }) => {
    const request = await requireDecidable(ctx, input.requestId);
    await decide(ctx, request, { status: "approved" });
    return { requestId: request.id };
  }),

  return: adminProcedure.input(returnExternalPdInputSchema).mutation(async ({ ctx, input }) => {
    const request = await requireDecidable(ctx, input.requestId);
    await decide(ctx, request, { status: "returned", reason: input.reason });
    return { requestId: request.id };
  }),
});

/** Records the decision on the request and the audit log, and tells the teacher, in one go. */
async function decide(
  ctx: TenantScope,
  request: { id: string; personId: string; title: string; hours: number },
  decision: { status: "approved" } | { status: "returned"; reason: string },
): Promise<void> {
  const roles = await rolesOfPerson(ctx.tx, request.personId);
  const schoolId = roles.find((role) => role.schoolId)?.schoolId ?? null;
  await audited(
    ctx,
    { table: externalPdRequest, kind: "external_pd_request", id: request.id, schoolId },
    decision.status === "approved" ? "external_pd.approved" : "external_pd.returned",
    () =>
      decideExternalPdRequest(ctx.tx, {
        requestId: request.id,
        reviewerId: ctx.personId,
        now: new Date(),
        decision,
      }),
  );
  await notifyExternalPdDecided(ctx, {
    requestId: request.id,
    teacherId: request.personId,
    title: request.title,
    hours: request.hours,
    decision,
  });
}
