import type { AppliedUpdate } from "@throughline/db/queries/library/library-updates";
import {
  applyProgramUpdate,
  importProgramPackage,
  programPackageContent,
} from "@throughline/db/queries/library/program-package";
import {
  exportProgramInputSchema,
  type LibraryLicense,
  type LibraryPackageOf,
  publishProgramInputSchema,
} from "@throughline/domain/library";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../../session.ts";
import { districtAdminProcedure } from "../../trpc.ts";
import {
  envelopeFor,
  exportTerms,
  type ImportedCopy,
  noCopy,
  publishAndAudit,
} from "./library-kind.ts";

/*
 * A program in the shared library: its title and description and its stages with their
 * sessions; its requirements stay with the district. An import makes a new program.
 */

async function packageOfProgram(
  ctx: TenantScope,
  params: { programId: string; license: LibraryLicense; attribution: string },
) {
  const program = await programPackageContent(ctx.tx, params);
  if (!program) throw new TRPCError({ code: "NOT_FOUND", message: "No such program." });
  if (program.stages.length === 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Add a stage with at least one MicroPD session to the program before sharing it.",
    });
  }
  const { envelope, existingItemId } = await envelopeFor(ctx, {
    ...params,
    kind: "program",
    sourceId: params.programId,
  });
  const pkg: LibraryPackageOf<"program"> = { ...envelope, kind: "program", program };
  return { pkg, existingItemId };
}

export const programProcedures = {
  publishProgram: districtAdminProcedure
    .input(publishProgramInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { pkg, existingItemId } = await packageOfProgram(ctx, input);
      return publishAndAudit(ctx, { pkg, existingItemId, sourceId: input.programId, ...input });
    }),
  /** One of the district's programs as a package file, for another installation. */
  exportProgram: districtAdminProcedure
    .input(exportProgramInputSchema)
    .query(async ({ ctx, input }) => {
      const { pkg } = await packageOfProgram(ctx, { ...input, ...exportTerms(ctx) });
      return pkg;
    }),
};

/** A program copy is a new program of the district, listed last. */
export async function importProgramCopy(
  ctx: TenantScope,
  params: { pkg: LibraryPackageOf<"program">; itemId: string | null },
): Promise<ImportedCopy> {
  const imported = await importProgramPackage(ctx.tx, {
    ...params,
    districtId: ctx.districtId,
    importedById: ctx.personId,
    now: new Date(),
  });
  return { ...noCopy, ...imported, kind: "program" };
}

export function applyProgramCopyUpdate(
  ctx: TenantScope,
  params: {
    importId: string;
    programId: string;
    pkg: LibraryPackageOf<"program">;
    changedKeys: ReadonlySet<string>;
    /** The sessions new in this version; any other without a copy was deleted by the district. */
    newKeys: ReadonlySet<string>;
  },
): Promise<AppliedUpdate> {
  return applyProgramUpdate(ctx.tx, { ...params, districtId: ctx.districtId });
}
