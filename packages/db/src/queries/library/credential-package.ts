import type { LibraryPackageOf, PackagedCredential } from "@throughline/domain/library";
import { asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { indicator, libraryImport } from "../../schema/index.ts";
import {
  createCredential,
  loadCredentialDetail,
  saveCredentialDefinition,
  setCredentialArchived,
} from "../credentials/credential-admin.ts";
import { indicatorIdsByCode, recordImport } from "./library-import-write.ts";

/*
 * A micro-credential in the shared library: its current version's definition, rubric, passing
 * rule, indicators by code and badge details. Its stage, badge image, reviewers and calibration
 * samples (other teachers' work) never leave the district.
 */

/** The district's credential as a package's content; null when it is not the district's. */
export async function credentialPackageContent(
  tx: Transaction,
  params: { credentialId: string },
): Promise<PackagedCredential | null> {
  const detail = await loadCredentialDetail(tx, params.credentialId);
  if (!detail) return null;
  const codes =
    detail.indicatorIds.length === 0
      ? []
      : await tx
          .select({ code: indicator.code })
          .from(indicator)
          .where(inArray(indicator.id, detail.indicatorIds))
          .orderBy(asc(indicator.code));
  const { version } = detail;
  return {
    key: detail.id,
    name: version.name,
    competency: version.competency,
    keyMethod: version.keyMethod,
    criteriaNarrative: version.criteriaNarrative,
    requirements: version.requirements,
    rubric: version.rubric,
    passingRule: version.passingRule,
    pdHours: version.pdMinutes / 60,
    validityMonths: version.validityMonths,
    indicatorCodes: codes.map((row) => row.code),
  };
}

/** What tells an adapted credential from the imported one: its content, without its key. */
async function credentialFingerprint(
  tx: Transaction,
  credentialId: string,
): Promise<Record<string, unknown>> {
  const content = await credentialPackageContent(tx, { credentialId });
  if (!content) throw new Error("The imported credential is missing.");
  const { key: _key, ...rest } = content;
  return rest;
}

/** JSON with every object's keys sorted: jsonb does not keep the order they were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The package's definition with the district's indicators of the same codes. */
async function definitionOf(tx: Transaction, credential: PackagedCredential) {
  const indicators = await indicatorIdsByCode(tx, credential.indicatorCodes);
  const { key: _key, indicatorCodes, ...fields } = credential;
  return {
    definition: {
      ...fields,
      stageId: null,
      indicatorIds: indicatorCodes.flatMap((code) => indicators.get(code) ?? []),
    },
    unmatchedCodes: indicatorCodes.filter((code) => !indicators.has(code)),
  };
}

/**
 * Makes the district's own copy of a packaged micro-credential, archived (it takes no
 * submissions) so the district reviews it and restores it when it is ready to offer it.
 */
export async function importCredentialPackage(
  tx: Transaction,
  params: {
    districtId: string;
    pkg: LibraryPackageOf<"credential">;
    itemId: string | null;
    importedById: string;
    now: Date;
  },
): Promise<{ credentialId: string; importId: string; unmatchedCodes: string[] }> {
  const { definition, unmatchedCodes } = await definitionOf(tx, params.pkg.credential);
  const { credentialId } = await createCredential(tx, {
    districtId: params.districtId,
    personId: params.importedById,
    definition,
  });
  await setCredentialArchived(tx, { credentialId, archived: true, now: params.now });
  const importId = await recordImport(tx, {
    ...params,
    copy: { credentialId, credentialAtImport: await credentialFingerprint(tx, credentialId) },
  });
  return { credentialId, importId, unmatchedCodes };
}

/**
 * Brings an imported credential to a newer package when the district has not changed it since
 * import (or the last update); a credential it adapted stays as it is.
 */
export async function applyCredentialUpdate(
  tx: Transaction,
  params: {
    districtId: string;
    importId: string;
    credentialId: string;
    credentialAtImport: Record<string, unknown> | null;
    personId: string;
    pkg: LibraryPackageOf<"credential">;
  },
): Promise<{ updated: string[]; keptAdapted: string[]; added: string[] }> {
  const now = await credentialFingerprint(tx, params.credentialId);
  const name = params.pkg.credential.name;
  if (canonical(now) !== canonical(params.credentialAtImport)) {
    return { updated: [], keptAdapted: [name], added: [] };
  }
  const { definition } = await definitionOf(tx, params.pkg.credential);
  await saveCredentialDefinition(tx, {
    districtId: params.districtId,
    personId: params.personId,
    credentialId: params.credentialId,
    definition,
  });
  await tx
    .update(libraryImport)
    .set({ credentialAtImport: await credentialFingerprint(tx, params.credentialId) })
    .where(eq(libraryImport.id, params.importId));
  return { updated: [name], keptAdapted: [], added: [] };
}
