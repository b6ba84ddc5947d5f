import { recordUpdatedImport } from "@throughline/db/queries/library/library-updates";
import {
  changedSessionKeys,
  type LibraryPackage,
  newSessionKeys,
  packageTitle,
} from "@throughline/domain/library";
import { TRPCError } from "@trpc/server";
import { audit } from "../../audit.ts";
import type { TenantScope } from "../../session.ts";
import { applyCredentialCopyUpdate, importCredentialCopy } from "./credential-kind.ts";
import { auditSubjectOf, type ImportedCopy, type ImportTarget } from "./library-kind.ts";
import { applyProgramCopyUpdate, importProgramCopy } from "./program-kind.ts";
import { importSessionCopy } from "./session-kind.ts";
import { applyStageUpdate, importStageCopy } from "./stage-kind.ts";

/** Imports a package of any kind as the district's copy, and records it on the audit log. */
export async function importCopy(
  ctx: TenantScope,
  params: { pkg: LibraryPackage; itemId: string | null; target: ImportTarget },
): Promise<ImportedCopy> {
  const { pkg, itemId, target } = params;
  const copy =
    pkg.kind === "stage"
      ? await importStageCopy(ctx, { pkg, itemId, target })
      : pkg.kind === "session"
        ? await importSessionCopy(ctx, { pkg, itemId, target })
        : pkg.kind === "program"
          ? await importProgramCopy(ctx, { pkg, itemId })
          : await importCredentialCopy(ctx, { pkg, itemId });
  await audit(ctx, {
    action: "library.imported",
    subjectKind: auditSubjectOf[pkg.kind],
    subjectId: copy.sessionId ?? copy.stageId ?? copy.programId ?? copy.credentialId,
    schoolId: null,
    before: null,
    after: {
      title: packageTitle(pkg),
      source: pkg.source.districtName,
      version: pkg.source.version,
      license: pkg.license,
    },
  });
  return copy;
}

interface ImportRecord {
  id: string;
  kind: string;
  stageId: string | null;
  programId: string | null;
  credentialId: string | null;
  credentialAtImport: Record<string, unknown> | null;
  version: number;
}

const copyGone = () =>
  new TRPCError({ code: "NOT_FOUND", message: "The imported copy no longer exists." });

/** Brings an import to the newer package, keeping what the district adapted; audited. */
export async function applyUpdateTo(
  ctx: TenantScope,
  params: { found: ImportRecord; older: LibraryPackage; newer: LibraryPackage },
) {
  const { found, older, newer } = params;
  const importId = found.id;
  const changedKeys = changedSessionKeys(older, newer);
  const newKeys = newSessionKeys(older, newer);
  let applied: Awaited<ReturnType<typeof applyStageUpdate>>;
  if (newer.kind === "stage" || newer.kind === "session") {
    if (!found.stageId) throw copyGone();
    applied = await applyStageUpdate(ctx, {
      importId,
      stageId: found.stageId,
      pkg: newer,
      changedKeys,
      newKeys,
    });
  } else if (newer.kind === "program") {
    if (!found.programId) throw copyGone();
    applied = await applyProgramCopyUpdate(ctx, {
      importId,
      programId: found.programId,
      pkg: newer,
      changedKeys,
      newKeys,
    });
  } else {
    if (!found.credentialId) throw copyGone();
    applied = await applyCredentialCopyUpdate(ctx, {
      importId,
      credentialId: found.credentialId,
      credentialAtImport: found.credentialAtImport,
      pkg: newer,
    });
  }
  await recordUpdatedImport(ctx.tx, { importId, pkg: newer, now: new Date() });
  await audit(ctx, {
    action: "library.updated",
    subjectKind: auditSubjectOf[newer.kind],
    subjectId: found.stageId ?? found.programId ?? found.credentialId,
    schoolId: null,
    before: { version: found.version },
    after: { version: newer.source.version, ...applied },
  });
  return { version: newer.source.version, ...applied };
}
