import { publishedItemOf, publishPackage } from "@throughline/db/queries/library/library-publish";
import type { AuditSubjectKind } from "@throughline/domain/audit";
import {
  LIBRARY_PACKAGE_FORMAT,
  LIBRARY_PACKAGE_TRAVELS,
  type LibraryKind,
  type LibraryLicense,
  type LibraryPackage,
  packageTitle,
} from "@throughline/domain/library";
import { audit } from "../../audit.ts";
import type { TenantScope } from "../../session.ts";

/*
 * What every kind of library item shares: the package's envelope (format, license, source and
 * version, what travels), publishing it as a version of the library item, and the copy an
 * import makes. The kind-specific parts live in one file per kind.
 */

/** A copy made by an import: which of the district's records it is. */
export interface ImportedCopy {
  importId: string;
  kind: LibraryKind;
  stageId: string | null;
  programId: string | null;
  sessionId: string | null;
  credentialId: string | null;
  /** Indicator codes of the package the district has no indicator for: left unlinked. */
  unmatchedCodes: string[];
}

export const noCopy = { stageId: null, programId: null, sessionId: null, credentialId: null };

/** Where an import goes: a program for a stage, a stage for a session. */
export interface ImportTarget {
  programId?: string | undefined;
  stageId?: string | undefined;
}

export const auditSubjectOf: Record<LibraryKind, AuditSubjectKind> = {
  stage: "stage",
  program: "program",
  session: "micropd_session",
  credential: "credential",
};

interface PublishTerms {
  license: LibraryLicense;
  attribution: string;
}

/**
 * A package's envelope, numbered as the next version of what was published from the same
 * source (1 when nothing was), with the existing library item if there is one.
 */
export async function envelopeFor(
  ctx: TenantScope,
  params: PublishTerms & { kind: LibraryKind; sourceId: string },
) {
  const existing = await publishedItemOf(ctx.tx, {
    districtId: ctx.districtId,
    kind: params.kind,
    sourceId: params.sourceId,
  });
  return {
    existingItemId: existing?.id ?? null,
    envelope: {
      format: LIBRARY_PACKAGE_FORMAT,
      license: params.license,
      attribution: params.attribution,
      source: {
        districtName: ctx.viewer.district.name,
        version: (existing?.latestVersion ?? 0) + 1,
      },
      travels: LIBRARY_PACKAGE_TRAVELS,
    } as const,
  };
}

/** Export terms: a file is offered under CC BY 4.0, credited to the district. */
export function exportTerms(ctx: TenantScope): PublishTerms {
  return { license: "CC BY 4.0", attribution: ctx.viewer.district.name };
}

/** Publishes the package as the source's next version and records it on the audit log. */
export async function publishAndAudit(
  ctx: TenantScope,
  params: {
    pkg: LibraryPackage;
    sourceId: string;
    existingItemId: string | null;
    notes: string | null;
  },
): Promise<{ itemId: string; version: number }> {
  const { pkg } = params;
  const published = await publishPackage(ctx.tx, {
    ...params,
    districtId: ctx.districtId,
    now: new Date(),
  });
  await audit(ctx, {
    action: "library.published",
    subjectKind: auditSubjectOf[pkg.kind],
    subjectId: params.sourceId,
    schoolId: null,
    before: null,
    after: { title: packageTitle(pkg), version: published.version, license: pkg.license },
  });
  return published;
}
