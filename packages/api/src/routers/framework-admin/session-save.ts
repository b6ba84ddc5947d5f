import { getEditorSession } from "@throughline/db/queries/framework/framework-admin";
import { knownIndicatorIds } from "@throughline/db/queries/framework/framework-admin-indicators";
import {
  claimSessionRevision,
  replaceBlocks,
  updateSession,
} from "@throughline/db/queries/framework/framework-admin-sessions";
import { micropdSession } from "@throughline/db/schema";
import { saveSessionInputSchema } from "@throughline/domain/framework-admin";
import { TRPCError } from "@trpc/server";
import { auditDifference, audited } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { districtAdminProcedure } from "../../trpc.ts";
import { indicatorCodes } from "./indicator-codes.ts";

/** What the editor shows when another admin saved the session after it was opened. */
const sessionSavedElsewhereMessage = "Someone else saved this session after you opened it.";

/*
 * The admin session editor's one save. The request runs in one transaction, so the details and
 * the blocks are stored together or not at all: a block the database refuses rolls the details
 * back with it, and teachers never see new details over old blocks. A save made from an older
 * copy than the stored one writes nothing and answers "conflict" with the stored session, so the
 * admin chooses between their edits and the other admin's; nothing is overwritten unseen.
 */
export const sessionSaveProcedures = {
  saveSession: districtAdminProcedure
    .input(saveSessionInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { blocks, baseRevision, ...details } = input;
      const before = await getEditorSession(ctx.tx, { sessionId: input.sessionId });
      if (!before) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No such session in your district." });
      }
      // Checked first: linking another district's indicator would fail in the database.
      const known = await knownIndicatorIds(ctx.tx, { indicatorIds: input.indicatorIds });
      const unknown = input.indicatorIds.findIndex((id) => !known.has(id));
      if (unknown >= 0) {
        throw fieldProblem(
          ["indicatorIds", unknown],
          "Choose indicators of your district's framework",
        );
      }
      // The first write: nothing else is written unless this save holds the latest revision.
      const revision = await claimSessionRevision(ctx.tx, {
        sessionId: input.sessionId,
        baseRevision,
      });
      if (revision === null) {
        // Read again after the claim waited on the other save: the session as it left it.
        const current = await getEditorSession(ctx.tx, { sessionId: input.sessionId });
        if (!current) {
          throw new TRPCError({ code: "NOT_FOUND", message: "No such session in your district." });
        }
        return { outcome: "conflict" as const, message: sessionSavedElsewhereMessage, current };
      }
      await audited(
        ctx,
        { table: micropdSession, kind: "micropd_session", id: input.sessionId },
        "framework.updated",
        () => updateSession(ctx.tx, { ...details, districtId: ctx.districtId }),
      );
      await replaceBlocks(ctx.tx, {
        sessionId: input.sessionId,
        blocks,
        districtId: ctx.districtId,
      });
      const saved = await getEditorSession(ctx.tx, { sessionId: input.sessionId });
      // The blocks' kinds in order (their content can be long, and the row's audit holds the
      // rest) and the linked indicators by code, which live outside the session's row.
      const [codesBefore = [], codesAfter = []] = await indicatorCodes(
        ctx.tx,
        before.indicatorIds,
        input.indicatorIds,
      );
      await auditDifference(
        ctx,
        { kind: "micropd_session", id: input.sessionId },
        "framework.updated",
        { blocks: before.blocks.map((block) => block.kind), indicators: codesBefore },
        { blocks: blocks.map((block) => block.kind), indicators: codesAfter },
      );
      if (!saved)
        throw new TRPCError({ code: "NOT_FOUND", message: "No such session in your district." });
      return { outcome: "saved" as const, session: saved };
    }),
};
