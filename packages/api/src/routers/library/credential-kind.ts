import {
  applyCredentialUpdate,
  credentialPackageContent,
  importCredentialPackage,
} from "@throughline/db/queries/library/credential-package";
import type { AppliedUpdate } from "@throughline/db/queries/library/library-updates";
import { credentialIdInputSchema } from "@throughline/domain/credential-admin";
import {
  type LibraryLicense,
  type LibraryPackageOf,
  publishCredentialInputSchema,
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
 * A micro-credential in the shared library: the current version's definition, rubric, passing
 * rule, indicators by code and badge details; never calibration samples (other teachers' work),
 * reviewers or the badge image file. An import makes an archived credential the district
 * reviews and restores when it is ready to offer it.
 */

async function packageOfCredential(
  ctx: TenantScope,
  params: { credentialId: string; license: LibraryLicense; attribution: string },
) {
  const credential = await credentialPackageContent(ctx.tx, params);
  if (!credential) {
    throw new TRPCError({ code: "NOT_FOUND", message: "There is no such credential." });
  }
  const { envelope, existingItemId } = await envelopeFor(ctx, {
    ...params,
    kind: "credential",
    sourceId: params.credentialId,
  });
  const pkg: LibraryPackageOf<"credential"> = { ...envelope, kind: "credential", credential };
  return { pkg, existingItemId };
}

export const credentialProcedures = {
  publishCredential: districtAdminProcedure
    .input(publishCredentialInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { pkg, existingItemId } = await packageOfCredential(ctx, input);
      return publishAndAudit(ctx, {
        pkg,
        existingItemId,
        sourceId: input.credentialId,
        ...input,
      });
    }),
  /** One of the district's micro-credentials as a package file, for another installation. */
  exportCredential: districtAdminProcedure
    .input(credentialIdInputSchema)
    .query(async ({ ctx, input }) => {
      const { pkg } = await packageOfCredential(ctx, { ...input, ...exportTerms(ctx) });
      return pkg;
    }),
};

export async function importCredentialCopy(
  ctx: TenantScope,
  params: { pkg: LibraryPackageOf<"credential">; itemId: string | null },
): Promise<ImportedCopy> {
  const imported = await importCredentialPackage(ctx.tx, {
    ...params,
    districtId: ctx.districtId,
    importedById: ctx.personId,
    now: new Date(),
  });
  return { ...noCopy, ...imported, kind: "credential" };
}

export function applyCredentialCopyUpdate(
  ctx: TenantScope,
  params: {
    importId: string;
    credentialId: string;
    credentialAtImport: Record<string, unknown> | null;
    pkg: LibraryPackageOf<"credential">;
  },
): Promise<AppliedUpdate> {
  return applyCredentialUpdate(ctx.tx, {
    ...params,
    districtId: ctx.districtId,
    personId: ctx.personId,
  });
}
