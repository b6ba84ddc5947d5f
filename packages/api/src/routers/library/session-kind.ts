import { stageKnown } from "@throughline/db/queries/credentials/credential-admin";
import {
  importSessionPackage,
  sessionPackageContent,
} from "@throughline/db/queries/library/session-package";
import {
  exportSessionInputSchema,
  type LibraryLicense,
  type LibraryPackageOf,
  publishSessionInputSchema,
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

/*
 * A single MicroPD session in the shared library: its text, prompts, content blocks and
 * indicators by code. An import adds it at the end of a stage the importer chooses; updates go
 * as for a stage's sessions (applyStageUpdate).
 */

async function packageOfSession(
  ctx: TenantScope,
  params: { sessionId: string; license: LibraryLicense; attribution: string },
) {
  const session = await sessionPackageContent(ctx.tx, params);
  if (!session) throw new TRPCError({ code: "NOT_FOUND", message: "No such session." });
  const { envelope, existingItemId } = await envelopeFor(ctx, {
    ...params,
    kind: "session",
    sourceId: params.sessionId,
  });
  const pkg: LibraryPackageOf<"session"> = { ...envelope, kind: "session", session };
  return { pkg, existingItemId };
}

export const sessionProcedures = {
  publishSession: districtAdminProcedure
    .input(publishSessionInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { pkg, existingItemId } = await packageOfSession(ctx, input);
      return publishAndAudit(ctx, { pkg, existingItemId, sourceId: input.sessionId, ...input });
    }),
  /** One MicroPD session as a package file, for another installation. */
  exportSession: districtAdminProcedure
    .input(exportSessionInputSchema)
    .query(async ({ ctx, input }) => {
      const { pkg } = await packageOfSession(ctx, { ...input, ...exportTerms(ctx) });
      return pkg;
    }),
};

/** A session copy goes last into one of the district's stages. */
export async function importSessionCopy(
  ctx: TenantScope,
  params: { pkg: LibraryPackageOf<"session">; itemId: string | null; target: ImportTarget },
): Promise<ImportedCopy> {
  const { stageId } = params.target;
  if (!stageId || !(await stageKnown(ctx.tx, stageId))) {
    throw fieldProblem(["stageId"], "Choose one of the district's stages", "NOT_FOUND");
  }
  const imported = await importSessionPackage(ctx.tx, {
    ...params,
    districtId: ctx.districtId,
    stageId,
    importedById: ctx.personId,
    now: new Date(),
  });
  return { ...noCopy, ...imported, kind: "session" };
}
