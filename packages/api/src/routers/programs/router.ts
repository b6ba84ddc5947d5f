import type { Transaction } from "@throughline/db/client";
import {
  listProgramRequirements,
  replaceProgramRequirements,
} from "@throughline/db/queries/framework/program-requirements";
import { schoolIdsInDistrict } from "@throughline/db/queries/framework/program-schools";
import {
  applyProgramPositions,
  createProgram,
  listPrograms,
  programExists,
  programIdsInOrder,
  programTitleTaken,
  setProgramArchived,
  updateProgram,
} from "@throughline/db/queries/framework/programs";
import { program } from "@throughline/db/schema";
import {
  archiveProgramInputSchema,
  createProgramInputSchema,
  reorderProgramsInputSchema,
  setProgramRequirementsInputSchema,
  updateProgramInputSchema,
} from "@throughline/domain/program";
import { reorderPositions } from "@throughline/domain/rules/reorder";
import { TRPCError } from "@trpc/server";
import { auditCreated, auditDifference, audited } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { adminProcedure, createRouter, districtAdminProcedure } from "../../trpc.ts";

/*
 * The programs a district runs side by side, each with its own stages. Principals read them
 * (their schools' teachers work through them); only district admins change them.
 */

function notFound(): TRPCError {
  return new TRPCError({ code: "NOT_FOUND", message: "No such program in your district." });
}

/** Checked first: a unique title keeps programs apart in every list that names them. */
async function checkTitleFree(tx: Transaction, title: string, exceptId?: string) {
  if (await programTitleTaken(tx, { title, exceptId })) {
    throw fieldProblem(["title"], "Another program already has this name");
  }
}

export const programsRouter = createRouter({
  /** Every program in order with its stage count, and who must take each. */
  list: adminProcedure.query(async ({ ctx }) => {
    const [programs, requirements] = await Promise.all([
      listPrograms(ctx.tx),
      listProgramRequirements(ctx.tx),
    ]);
    return { programs, requirements };
  }),

  create: districtAdminProcedure
    .input(createProgramInputSchema)
    .mutation(async ({ ctx, input }) => {
      await checkTitleFree(ctx.tx, input.title);
      const programId = await createProgram(ctx.tx, { ...input, districtId: ctx.districtId });
      await auditCreated(
        ctx,
        { table: program, kind: "program", id: programId },
        "framework.created",
      );
      return { programId };
    }),

  update: districtAdminProcedure
    .input(updateProgramInputSchema)
    .mutation(async ({ ctx, input }) => {
      // Unknown first: another district's program must not learn whether a name is taken here.
      if (!(await programExists(ctx.tx, input))) throw notFound();
      await checkTitleFree(ctx.tx, input.title, input.programId);
      const updated = await audited(
        ctx,
        { table: program, kind: "program", id: input.programId },
        "framework.updated",
        () => updateProgram(ctx.tx, input),
      );
      if (!updated) throw notFound();
      return { programId: input.programId };
    }),

  /** Archiving keeps the program's stages and records; it only stops new stages and cohorts. */
  archive: districtAdminProcedure
    .input(archiveProgramInputSchema)
    .mutation(async ({ ctx, input }) => {
      const updated = await audited(
        ctx,
        { table: program, kind: "program", id: input.programId },
        "framework.updated",
        () => setProgramArchived(ctx.tx, { ...input, now: new Date() }),
      );
      if (!updated) throw notFound();
      return { programId: input.programId, archived: input.archived };
    }),

  reorder: districtAdminProcedure
    .input(reorderProgramsInputSchema)
    .mutation(async ({ ctx, input }) => {
      const before = await programIdsInOrder(ctx.tx);
      const result = reorderPositions(before, input.programIds);
      if (!result.ok) throw fieldProblem(["programIds"], result.message);
      await applyProgramPositions(ctx.tx, result.updates);
      await auditDifference(
        ctx,
        { kind: "program", id: null },
        "framework.reordered",
        { order: before },
        { order: await programIdsInOrder(ctx.tx) },
      );
      return listPrograms(ctx.tx);
    }),

  /** Replaces who must take the program; an empty list makes it optional for everyone. */
  setRequirements: districtAdminProcedure
    .input(setProgramRequirementsInputSchema)
    .mutation(async ({ ctx, input }) => {
      if (!(await programExists(ctx.tx, input))) throw notFound();
      const named = input.requirements.flatMap((r) => (r.schoolId ? [r.schoolId] : []));
      const known = await schoolIdsInDistrict(ctx.tx, { schoolIds: named });
      const unknown = input.requirements.findIndex((r) => r.schoolId && !known.has(r.schoolId));
      if (unknown >= 0) {
        throw fieldProblem(
          ["requirements", unknown, "schoolId"],
          "Choose a school of your district",
        );
      }
      const before = await listProgramRequirements(ctx.tx);
      await replaceProgramRequirements(ctx.tx, {
        districtId: ctx.districtId,
        programId: input.programId,
        requirements: input.requirements,
      });
      const describe = (
        rows: readonly { programId: string; role: string; schoolId: string | null }[],
      ) =>
        rows
          .filter((row) => row.programId === input.programId)
          .map((row) => `${row.role}@${row.schoolId ?? "district"}`)
          .sort();
      await auditDifference(
        ctx,
        { kind: "program", id: input.programId },
        "framework.updated",
        { requirements: describe(before) },
        { requirements: describe(await listProgramRequirements(ctx.tx)) },
      );
      return { programId: input.programId };
    }),
});
