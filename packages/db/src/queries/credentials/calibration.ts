import { CERTIFICATION_DAYS } from "@throughline/domain/credential";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  calibrationAttempt,
  calibrationSample,
  credential,
  credentialVersion,
  reviewerCertification,
} from "../../schema/index.ts";
import { credentialOfVersion } from "../sql/same-district-joins.ts";

const dayMs = 86_400_000;

/** Every open (not archived) credential at its newest version: what reviewers calibrate on. */
export async function currentCredentialVersions(tx: Transaction) {
  const rows = await tx
    .select({ version: credentialVersion })
    .from(credentialVersion)
    .innerJoin(credential, credentialOfVersion)
    .where(isNull(credential.archivedAt))
    .orderBy(asc(credentialVersion.name), desc(credentialVersion.version));
  const newest = new Map<string, (typeof rows)[number]["version"]>();
  for (const row of rows) {
    if (!newest.has(row.version.credentialId)) newest.set(row.version.credentialId, row.version);
  }
  return [...newest.values()];
}

/** One credential's newest version, or null when there is no such open credential. */
export async function currentCredentialVersion(tx: Transaction, credentialId: string) {
  const versions = await currentCredentialVersions(tx);
  return versions.find((version) => version.credentialId === credentialId) ?? null;
}

/** A version's calibration samples in order, with the lead's reference scores (server only). */
export function calibrationSamplesOf(tx: Transaction, versionId: string) {
  return tx
    .select()
    .from(calibrationSample)
    .where(eq(calibrationSample.versionId, versionId))
    .orderBy(asc(calibrationSample.position), asc(calibrationSample.createdAt));
}

/** The person's most recent attempt at a credential's set, if any. */
export async function latestCalibrationAttempt(
  tx: Transaction,
  params: { personId: string; credentialId: string },
) {
  const [attempt] = await tx
    .select()
    .from(calibrationAttempt)
    .where(
      and(
        eq(calibrationAttempt.personId, params.personId),
        eq(calibrationAttempt.credentialId, params.credentialId),
      ),
    )
    .orderBy(desc(calibrationAttempt.submittedAt))
    .limit(1);
  return attempt ?? null;
}

/**
 * Stores an attempt and, when it passed, the certification it earns: valid for two school
 * years from now. Returns the certification's expiry (null when not certified).
 */
export async function recordCalibrationAttempt(
  tx: Transaction,
  params: {
    districtId: string;
    personId: string;
    credentialId: string;
    versionId: string;
    answers: Record<string, Record<string, string>>;
    agreed: number;
    total: number;
    passed: boolean;
    now: Date;
  },
): Promise<{ attemptId: string; certifiedUntil: Date | null }> {
  const [attempt] = await tx
    .insert(calibrationAttempt)
    .values({
      districtId: params.districtId,
      personId: params.personId,
      credentialId: params.credentialId,
      versionId: params.versionId,
      answers: params.answers,
      agreed: params.agreed,
      total: params.total,
      passed: params.passed,
      submittedAt: params.now,
    })
    .returning({ id: calibrationAttempt.id });
  if (!attempt) throw new Error("The calibration attempt was not written.");
  if (!params.passed) return { attemptId: attempt.id, certifiedUntil: null };
  const expiresAt = new Date(params.now.getTime() + CERTIFICATION_DAYS * dayMs);
  await tx.insert(reviewerCertification).values({
    districtId: params.districtId,
    personId: params.personId,
    credentialId: params.credentialId,
    attemptId: attempt.id,
    certifiedAt: params.now,
    expiresAt,
  });
  return { attemptId: attempt.id, certifiedUntil: expiresAt };
}

/**
 * Copies a version's calibration samples to the next version, reference scores and all: used
 * when the rubric kept its criterion and level keys, so the lead's scores still mean the same.
 */
export async function copyCalibrationSamples(
  tx: Transaction,
  params: { districtId: string; fromVersionId: string; toVersionId: string },
): Promise<number> {
  const samples = await calibrationSamplesOf(tx, params.fromVersionId);
  if (samples.length === 0) return 0;
  await tx.insert(calibrationSample).values(
    samples.map((sample) => ({
      districtId: params.districtId,
      versionId: params.toVersionId,
      position: sample.position,
      title: sample.title,
      evidence: sample.evidence,
      referenceScores: sample.referenceScores,
      referenceFeedback: sample.referenceFeedback,
      scoredById: sample.scoredById,
    })),
  );
  return samples.length;
}
