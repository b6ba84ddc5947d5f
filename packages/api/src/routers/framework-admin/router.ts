import type { Transaction } from "@throughline/db/client";
import {
  getEditorSession,
  getEditorStage,
  listEditorIndicators,
  listEditorStages,
} from "@throughline/db/queries/framework/framework-admin";
import {
  createIndicator,
  indicatorCodeTaken,
  indicatorProgramId,
  knownIndicatorIds,
  updateIndicator,
} from "@throughline/db/queries/framework/framework-admin-indicators";
import {
  otherProtocolNamed,
  updateProtocol,
} from "@throughline/db/queries/framework/framework-admin-protocols";
import {
  applySessionPositions,
  createSession,
  deleteSession,
  sessionIdsInOrder,
  sessionStartedBy,
} from "@throughline/db/queries/framework/framework-admin-sessions";
import {
  applyStagePositions,
  createStage,
  deleteStage,
  stageIdsInOrder,
  stageInUse,
  updateStage,
} from "@throughline/db/queries/framework/framework-admin-stages";
import { programExists } from "@throughline/db/queries/framework/programs";
import { listProtocols } from "@throughline/db/queries/framework/protocols";
import { indicator, micropdSession, protocol, stage } from "@throughline/db/schema";
import { stageIdInputSchema } from "@throughline/domain/framework";
import {
  createIndicatorInputSchema,
  createSessionDraftSchema,
  createStageDraftSchema,
  reorderSessionsInputSchema,
  reorderStagesInputSchema,
  sessionEditorIdInputSchema,
  updateIndicatorInputSchema,
  updateProtocolInputSchema,
  updateStageInputSchema,
} from "@throughline/domain/framework-admin";
import { reorderPositions } from "@throughline/domain/rules/reorder";
import { TRPCError } from "@trpc/server";
import { auditCreated, auditDifference, audited } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { adminProcedure, createRouter, districtAdminProcedure } from "../../trpc.ts";
import { indicatorCodes } from "./indicator-codes.ts";
import { checkProgramChoice } from "./program-choice.ts";
import { sessionSaveProcedures } from "./session-save.ts";

/*
 * Authoring the framework. Principals may read every part of it (they lead the schools that
 * work through it); only district admins change it.
 */

function notFound(what: string): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: `No such ${what} in your district.` });
}

async function sessionOrThrow(tx: Transaction, sessionId: string) {
  const session = await getEditorSession(tx, { sessionId });
  if (!session) throw notFound("session");
  return session;
}

/** Checked first: linking another district's indicator would fail in the database with a 500. */
async function checkIndicators(tx: Transaction, indicatorIds: readonly string[]) {
  const known = await knownIndicatorIds(tx, { indicatorIds });
  const index = indicatorIds.findIndex((id) => !known.has(id));
  if (index >= 0) {
    throw fieldProblem(["indicatorIds", index], "Choose indicators of your district's framework");
  }
}

export const frameworkAdminRouter = createRouter({
  /**
   * `saveSession`: the session editor's one save, details and blocks in one transaction, refused
   * without writing when made from an older revision than the stored one.
   */
  ...sessionSaveProcedures,

  /** Every stage in order with its completion rule and session count. */
  stages: adminProcedure.query(({ ctx }) => listEditorStages(ctx.tx)),

  /** One stage with its sessions, and how many teachers started or completed each. */
  stage: adminProcedure.input(stageIdInputSchema).query(async ({ ctx, input }) => {
    const stage = await getEditorStage(ctx.tx, input);
    if (!stage) throw notFound("stage");
    return stage;
  }),

  /** One session with its prompts, indicators and blocks. */
  session: adminProcedure
    .input(sessionEditorIdInputSchema)
    .query(({ ctx, input }) => sessionOrThrow(ctx.tx, input.sessionId)),

  indicators: adminProcedure.query(({ ctx }) => listEditorIndicators(ctx.tx)),

  protocols: adminProcedure.query(({ ctx }) => listProtocols(ctx.tx)),

  createStage: districtAdminProcedure
    .input(createStageDraftSchema)
    .mutation(async ({ ctx, input }) => {
      // An archived program keeps its stages but takes no new ones.
      if (!(await programExists(ctx.tx, { programId: input.programId, openOnly: true }))) {
        throw fieldProblem(["programId"], "Choose a program of your district that is not archived");
      }
      const stageId = await createStage(ctx.tx, { ...input, districtId: ctx.districtId });
      await auditCreated(ctx, { table: stage, kind: "stage", id: stageId }, "framework.created");
      return { stageId };
    }),

  updateStage: districtAdminProcedure
    .input(updateStageInputSchema)
    .mutation(async ({ ctx, input }) => {
      const updated = await audited(
        ctx,
        { table: stage, kind: "stage", id: input.stageId },
        "framework.updated",
        () => updateStage(ctx.tx, input),
      );
      if (!updated) throw notFound("stage");
      return { stageId: input.stageId };
    }),

  reorderStages: districtAdminProcedure
    .input(reorderStagesInputSchema)
    .mutation(async ({ ctx, input }) => {
      const before = await stageIdsInOrder(ctx.tx, input);
      const result = reorderPositions(before, input.stageIds);
      if (!result.ok) throw fieldProblem(["stageIds"], result.message);
      await applyStagePositions(ctx.tx, { programId: input.programId, updates: result.updates });
      await auditDifference(
        ctx,
        { kind: "stage", id: null },
        "framework.reordered",
        { order: before },
        { order: await stageIdsInOrder(ctx.tx, input) },
      );
      return listEditorStages(ctx.tx);
    }),

  deleteStage: districtAdminProcedure.input(stageIdInputSchema).mutation(async ({ ctx, input }) => {
    const found = await getEditorStage(ctx.tx, input);
    if (!found) throw notFound("stage");
    const reason = await stageInUse(ctx.tx, input);
    if (reason) throw new TRPCError({ code: "CONFLICT", message: reason });
    await audited(
      ctx,
      { table: stage, kind: "stage", id: input.stageId },
      "framework.deleted",
      () => deleteStage(ctx.tx, { stageId: input.stageId, programId: found.programId }),
    );
    return { deleted: true };
  }),

  createSession: districtAdminProcedure
    .input(createSessionDraftSchema)
    .mutation(async ({ ctx, input }) => {
      if (!(await getEditorStage(ctx.tx, { stageId: input.stageId }))) throw notFound("stage");
      await checkIndicators(ctx.tx, input.indicatorIds);
      const sessionId = await createSession(ctx.tx, { ...input, districtId: ctx.districtId });
      // The row's columns, with the linked indicators by code (they live outside the row).
      await auditCreated(
        ctx,
        { table: micropdSession, kind: "micropd_session", id: sessionId },
        "framework.created",
        { indicators: (await indicatorCodes(ctx.tx, input.indicatorIds))[0] ?? [] },
      );
      return { sessionId };
    }),

  reorderSessions: districtAdminProcedure
    .input(reorderSessionsInputSchema)
    .mutation(async ({ ctx, input }) => {
      if (!(await getEditorStage(ctx.tx, { stageId: input.stageId }))) throw notFound("stage");
      const current = await sessionIdsInOrder(ctx.tx, { stageId: input.stageId });
      const result = reorderPositions(current, input.sessionIds);
      if (!result.ok) throw fieldProblem(["sessionIds"], result.message);
      await applySessionPositions(ctx.tx, { stageId: input.stageId, updates: result.updates });
      await auditDifference(
        ctx,
        { kind: "stage", id: input.stageId },
        "framework.reordered",
        { sessionOrder: current },
        { sessionOrder: await sessionIdsInOrder(ctx.tx, { stageId: input.stageId }) },
      );
      return { stageId: input.stageId };
    }),

  deleteSession: districtAdminProcedure
    .input(sessionEditorIdInputSchema)
    .mutation(async ({ ctx, input }) => {
      const session = await sessionOrThrow(ctx.tx, input.sessionId);
      if ((await sessionStartedBy(ctx.tx, input)) > 0) {
        throw new TRPCError({
          code: "CONFLICT",
          message: "Teachers have started this session, so it cannot be deleted.",
        });
      }
      await audited(
        ctx,
        { table: micropdSession, kind: "micropd_session", id: session.id },
        "framework.deleted",
        () => deleteSession(ctx.tx, { sessionId: session.id, stageId: session.stage.id }),
      );
      return { deleted: true };
    }),

  createIndicator: districtAdminProcedure
    .input(createIndicatorInputSchema)
    .mutation(async ({ ctx, input }) => {
      // Checked first: a unique violation would abort the request's transaction with a 500.
      if (await indicatorCodeTaken(ctx.tx, { code: input.code })) {
        throw fieldProblem(["code"], "Another indicator already has this code");
      }
      await checkProgramChoice(ctx.tx, input.programId, []);
      const indicatorId = await createIndicator(ctx.tx, { ...input, districtId: ctx.districtId });
      await auditCreated(
        ctx,
        { table: indicator, kind: "indicator", id: indicatorId },
        "framework.created",
      );
      return { indicatorId };
    }),

  updateIndicator: districtAdminProcedure
    .input(updateIndicatorInputSchema)
    .mutation(async ({ ctx, input }) => {
      if (await indicatorCodeTaken(ctx.tx, { code: input.code, exceptId: input.indicatorId })) {
        throw fieldProblem(["code"], "Another indicator already has this code");
      }
      await checkProgramChoice(ctx.tx, input.programId, [], () =>
        indicatorProgramId(ctx.tx, input.indicatorId),
      );
      const updated = await audited(
        ctx,
        { table: indicator, kind: "indicator", id: input.indicatorId },
        "framework.updated",
        () => updateIndicator(ctx.tx, input),
      );
      if (!updated) throw notFound("indicator");
      return { indicatorId: input.indicatorId };
    }),

  /** Protocols are added from the coach app (`protocols.create`); district admins edit them here. */
  updateProtocol: districtAdminProcedure
    .input(updateProtocolInputSchema)
    .mutation(async ({ ctx, input }) => {
      if (await otherProtocolNamed(ctx.tx, input)) {
        throw fieldProblem(["name"], "A protocol with this name already exists");
      }
      const updated = await audited(
        ctx,
        { table: protocol, kind: "protocol", id: input.protocolId },
        "framework.updated",
        () => updateProtocol(ctx.tx, { ...input, districtId: ctx.districtId }),
      );
      if (!updated) {
        throw notFound("protocol");
      }
      return { protocolId: input.protocolId };
    }),
});
