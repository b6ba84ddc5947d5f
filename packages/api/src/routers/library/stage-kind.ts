import { programExists } from "@throughline/db/queries/framework/programs";
import {
  importStagePackage,
  indicatorIdsByCode,
} from "@throughline/db/queries/library/library-import-write";
import {
  type AppliedUpdate,
  applySessionUpdates,
} from "@throughline/db/queries/library/library-updates";
import { stagePackageContent } from "@throughline/db/queries/library/stage-package";
import { stageIdInputSchema } from "@throughline/domain/framework";
import {
  type LibraryLicense,
  type LibraryPackageOf,
  publishStageInputSchema,
} from "@throughline/domain/library";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";
import { districtAdminProcedure } from "../../trpc.ts";
import {
  envelopeFor,
  exportTerms,
  type ImportedCopy,
  type ImportTarget,
  noCopy,
  publishAndAudit,
} from "./library-kind.ts";

/** A stage of the district with its sessions, as the next version of its library item. */
async function packageOfStage(
  ctx: TenantScope,
  params: { stageId: string; license: LibraryLicense; attribution: string },
) {
  const stage = await stagePackageContent(ctx.tx, { stageId: params.stageId });
  if (!stage) throw new TRPCError({ code: "NOT_FOUND", message: "No such stage." });
  if (stage.sessions.length === 0) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "Add at least one MicroPD session to the stage before sharing it.",
    });
  }
  const { envelope, existingItemId } = await envelopeFor(ctx, {
    ...params,
    kind: "stage",
    sourceId: params.stageId,
  });
  const pkg: LibraryPackageOf<"stage"> = { ...envelope, kind: "stage", stage };
  return { pkg, existingItemId };
}

export const stageProcedures = {
  publishStage: districtAdminProcedure
    .input(publishStageInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { pkg, existingItemId } = await packageOfStage(ctx, input);
      return publishAndAudit(ctx, { pkg, existingItemId, sourceId: input.stageId, ...input });
    }),
  /** One of the district's stages as a package file, for another installation. */
  exportStage: districtAdminProcedure.input(stageIdInputSchema).query(async ({ ctx, input }) => {
    const { pkg } = await packageOfStage(ctx, { ...input, ...exportTerms(ctx) });
    return pkg;
  }),
};

/** A stage copy goes last into one of the district's open programs. */
export async function importStageCopy(
  ctx: TenantScope,
  params: { pkg: LibraryPackageOf<"stage">; itemId: string | null; target: ImportTarget },
): Promise<ImportedCopy> {
  const { programId } = params.target;
  if (!programId || !(await programExists(ctx.tx, { programId, openOnly: true }))) {
    throw fieldProblem(["programId"], "Choose one of the district's open programs", "NOT_FOUND");
  }
  const imported = await importStagePackage(ctx.tx, {
    ...params,
    districtId: ctx.districtId,
    programId,
    importedById: ctx.personId,
    now: new Date(),
  });
  return { ...noCopy, ...imported, kind: "stage" };
}

/**
 * Changed sessions the district has not adapted take the new content; new ones go at the end
 * of the stage. The stage's own details stay: the district may have renamed it.
 */
export async function applyStageUpdate(
  ctx: TenantScope,
  params: {
    importId: string;
    stageId: string;
    pkg: LibraryPackageOf<"stage" | "session">;
    changedKeys: ReadonlySet<string>;
    /** The sessions new in this version; any other without a copy was deleted by the district. */
    newKeys: ReadonlySet<string>;
  },
): Promise<AppliedUpdate> {
  const sessions = params.pkg.kind === "stage" ? params.pkg.stage.sessions : [params.pkg.session];
  return applySessionUpdates(ctx.tx, {
    ...params,
    districtId: ctx.districtId,
    sessions,
    indicators: await indicatorIdsByCode(
      ctx.tx,
      sessions.flatMap((session) => session.indicatorCodes),
    ),
    stageForNew: () => Promise.resolve(params.stageId),
  });
}
