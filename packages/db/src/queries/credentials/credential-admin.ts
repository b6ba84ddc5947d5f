import type { CredentialDefinition } from "@throughline/domain/credential-admin";
import { pickFields } from "@throughline/domain/pick-fields";
import { credentialSubmissionCounts } from "@throughline/domain/rules/credential-submission-counts";
import { sameRubricKeys } from "@throughline/domain/rules/rubric-keys";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  awardedBadge,
  credential,
  credentialIndicator,
  credentialSubmission,
  credentialVersion,
  program,
  stage,
} from "../../schema/index.ts";
import { stageOfVersion, tenantChildJoin, tenantJoin } from "../sql/same-district-joins.ts";
import { copyCalibrationSamples } from "./calibration.ts";

/*
 * Micro-credential definitions as a district admin keeps them. The newest version is the
 * current one; a version a submission started on is never edited (a change makes the next).
 */

export interface CredentialListRow {
  id: string;
  name: string;
  stageTitle: string | null;
  /** Null: the district's own credential, open across all its programs. */
  programId: string | null;
  programTitle: string | null;
  version: number;
  pdMinutes: number;
  submissions: number;
  badgesEarned: number;
  archivedAt: Date | null;
}

const currentVersion = sql`${credentialVersion.version} = (
  select max(v.version) from credential_version v
  where v.district_id = ${credentialVersion.districtId} and v.credential_id = ${credentialVersion.credentialId}
)`;

/** Every attempt at the given credentials (all when none are named): version and status. */
async function loadSubmissionFacts(tx: Transaction, credentialId?: string) {
  return tx
    .select({
      credentialId: credentialSubmission.credentialId,
      versionId: credentialSubmission.versionId,
      status: credentialSubmission.status,
    })
    .from(credentialSubmission)
    .where(credentialId ? eq(credentialSubmission.credentialId, credentialId) : undefined);
}

export async function listCredentials(tx: Transaction): Promise<CredentialListRow[]> {
  const [rows, attempts] = await Promise.all([listCredentialRows(tx), loadSubmissionFacts(tx)]);
  return rows.map(({ versionId, ...row }) => ({
    ...row,
    submissions: credentialSubmissionCounts(
      attempts.filter((attempt) => attempt.credentialId === row.id),
      versionId,
    ).submissions,
  }));
}

function listCredentialRows(tx: Transaction) {
  return tx
    .select({
      id: credential.id,
      name: credentialVersion.name,
      stageTitle: stage.title,
      programId: credential.programId,
      programTitle: program.title,
      version: credentialVersion.version,
      versionId: credentialVersion.id,
      pdMinutes: credentialVersion.pdMinutes,
      badgesEarned: sql<number>`(select count(*) from ${awardedBadge}
        where ${awardedBadge.credentialId} = ${credential.id}
        and ${awardedBadge.revokedAt} is null)`.mapWith(Number),
      archivedAt: credential.archivedAt,
    })
    .from(credential)
    .innerJoin(
      credentialVersion,
      tenantChildJoin(credentialVersion, credentialVersion.credentialId, credential),
    )
    .leftJoin(stage, stageOfVersion)
    .leftJoin(program, tenantJoin(program, credential, credential.programId))
    .where(currentVersion)
    .orderBy(sql`${credential.archivedAt} is not null`, asc(credentialVersion.name));
}

export type CurrentVersion = typeof credentialVersion.$inferSelect;

/** The credential's newest version; null when there is no such credential in the district. */
export async function loadCurrentVersion(
  tx: Transaction,
  credentialId: string,
): Promise<CurrentVersion | null> {
  const [row] = await tx
    .select()
    .from(credentialVersion)
    .where(eq(credentialVersion.credentialId, credentialId))
    .orderBy(desc(credentialVersion.version))
    .limit(1);
  return row ?? null;
}

export interface CredentialDetail {
  id: string;
  archivedAt: Date | null;
  programId: string | null;
  version: CurrentVersion;
  indicatorIds: string[];
  /** Attempts sent for review, any version: the list's "Submissions" figure. */
  submissions: number;
  /** Attempts (drafts included) started on the current version. */
  submissionsOnVersion: number;
}

export async function loadCredentialDetail(
  tx: Transaction,
  credentialId: string,
): Promise<CredentialDetail | null> {
  const [identity] = await tx
    .select({
      id: credential.id,
      archivedAt: credential.archivedAt,
      programId: credential.programId,
    })
    .from(credential)
    .where(eq(credential.id, credentialId));
  const version = await loadCurrentVersion(tx, credentialId);
  if (!identity || !version) return null;
  const [indicators, submissions] = await Promise.all([
    tx
      .select({ id: credentialIndicator.indicatorId })
      .from(credentialIndicator)
      .where(eq(credentialIndicator.versionId, version.id)),
    loadSubmissionFacts(tx, credentialId),
  ]);
  const counts = credentialSubmissionCounts(submissions, version.id);
  return {
    ...identity,
    version,
    indicatorIds: indicators.map((row) => row.id),
    submissions: counts.submissions,
    submissionsOnVersion: counts.startedOnVersion,
  };
}

/** What a version row stores of the definition; PD hours are kept as whole minutes. */
function versionFields(definition: SavedDefinition) {
  return {
    ...pickFields(definition, [
      "name",
      "competency",
      "keyMethod",
      "criteriaNarrative",
      "stageId",
      "requirements",
      "rubric",
      "passingRule",
      "validityMonths",
    ]),
    pdMinutes: Math.round(definition.pdHours * 60),
  };
}

async function alignIndicators(
  tx: Transaction,
  params: { districtId: string; versionId: string; indicatorIds: string[] },
): Promise<void> {
  await tx.delete(credentialIndicator).where(eq(credentialIndicator.versionId, params.versionId));
  const unique = [...new Set(params.indicatorIds)];
  if (unique.length === 0) return;
  await tx.insert(credentialIndicator).values(
    unique.map((indicatorId) => ({
      districtId: params.districtId,
      versionId: params.versionId,
      indicatorId,
    })),
  );
}

/**
 * A definition as saved here. Without `programId` (a credential taken from the library) a new
 * credential is the district's own and a saved one keeps its program.
 */
type SavedDefinition = Omit<CredentialDefinition, "programId"> & { programId?: string | null };

export async function createCredential(
  tx: Transaction,
  params: { districtId: string; personId: string; definition: SavedDefinition },
): Promise<{ credentialId: string }> {
  const [row] = await tx
    .insert(credential)
    .values({ districtId: params.districtId, programId: params.definition.programId ?? null })
    .returning({ id: credential.id });
  if (!row) throw new Error("The credential was not saved.");
  const [version] = await tx
    .insert(credentialVersion)
    .values({
      districtId: params.districtId,
      credentialId: row.id,
      version: 1,
      ...versionFields(params.definition),
      imageStorageKey: params.definition.image?.storageKey ?? null,
      imageContentType: params.definition.image?.contentType ?? null,
      createdById: params.personId,
    })
    .returning({ id: credentialVersion.id });
  if (!version) throw new Error("The credential version was not saved.");
  await alignIndicators(tx, {
    districtId: params.districtId,
    versionId: version.id,
    indicatorIds: params.definition.indicatorIds,
  });
  return { credentialId: row.id };
}

/**
 * Saves a definition: in place while nobody has started on the current version, otherwise as
 * the next version (the image carries over unless the admin changed it). Null: no such credential.
 */
export async function saveCredentialDefinition(
  tx: Transaction,
  params: {
    districtId: string;
    personId: string;
    credentialId: string;
    definition: SavedDefinition;
  },
): Promise<{ version: number; newVersion: boolean } | null> {
  const current = await loadCurrentVersion(tx, params.credentialId);
  if (!current) return null;
  // The program belongs to the credential, not to a version: every version shares it.
  if (params.definition.programId !== undefined) {
    await tx
      .update(credential)
      .set({ programId: params.definition.programId })
      .where(eq(credential.id, params.credentialId));
  }
  const { image } = params.definition;
  const imageFields =
    image === undefined
      ? { imageStorageKey: current.imageStorageKey, imageContentType: current.imageContentType }
      : {
          imageStorageKey: image?.storageKey ?? null,
          imageContentType: image?.contentType ?? null,
        };
  const fields = { ...versionFields(params.definition), ...imageFields };

  const attempts = await loadSubmissionFacts(tx, params.credentialId);
  if (credentialSubmissionCounts(attempts, current.id).startedOnVersion === 0) {
    await tx.update(credentialVersion).set(fields).where(eq(credentialVersion.id, current.id));
    await alignIndicators(tx, {
      districtId: params.districtId,
      versionId: current.id,
      indicatorIds: params.definition.indicatorIds,
    });
    return { version: current.version, newVersion: false };
  }
  const [next] = await tx
    .insert(credentialVersion)
    .values({
      districtId: params.districtId,
      credentialId: params.credentialId,
      version: current.version + 1,
      ...fields,
      createdById: params.personId,
    })
    .returning({ id: credentialVersion.id, version: credentialVersion.version });
  if (!next) throw new Error("The credential version was not saved.");
  await alignIndicators(tx, {
    districtId: params.districtId,
    versionId: next.id,
    indicatorIds: params.definition.indicatorIds,
  });
  // Reviewers calibrate on the current version: without samples nobody could be certified.
  if (sameRubricKeys(current.rubric, params.definition.rubric)) {
    await copyCalibrationSamples(tx, {
      districtId: params.districtId,
      fromVersionId: current.id,
      toVersionId: next.id,
    });
  }
  return { version: next.version, newVersion: true };
}

/** Whether the credential exists; archiving keeps earned badges and stops new submissions. */
export async function setCredentialArchived(
  tx: Transaction,
  params: { credentialId: string; archived: boolean; now: Date },
): Promise<boolean> {
  const updated = await tx
    .update(credential)
    .set({ archivedAt: params.archived ? params.now : null })
    .where(
      params.archived
        ? and(eq(credential.id, params.credentialId), isNull(credential.archivedAt))
        : eq(credential.id, params.credentialId),
    )
    .returning({ id: credential.id });
  if (updated.length > 0) return true;
  const [exists] = await tx
    .select({ id: credential.id })
    .from(credential)
    .where(eq(credential.id, params.credentialId));
  return exists !== undefined;
}

/** Whether the stage is the district's (row security hides the others). */
export async function stageKnown(tx: Transaction, stageId: string): Promise<boolean> {
  const [row] = await tx.select({ id: stage.id }).from(stage).where(eq(stage.id, stageId));
  return row !== undefined;
}
