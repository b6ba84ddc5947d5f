import { randomUUID } from "node:crypto";
import { CERTIFICATION_DAYS } from "@throughline/domain/credential";
import type { TenantRows } from "../rows.ts";
import { seedCredentials } from "./definitions.ts";

const DAY_MS = 86_400_000;

/**
 * The three default micro-credentials (version 1 each), tied to the default stages and their
 * indicators, each with a calibration sample scored by the lead reviewer. The lead reviewer is
 * named lead of all three; `certifiedReviewerIds` passed calibration a month ago.
 */
export function addDefaultCredentials(
  rows: TenantRows,
  params: {
    districtId: string;
    now: Date;
    leadReviewerId: string;
    certifiedReviewerIds: string[];
    namedById: string | null;
  },
): void {
  const { districtId, now, leadReviewerId } = params;
  // The default stages are the district's first program's (positions count per program).
  const framework = rows.programs[0]?.id;
  const stageIdAt = new Map(
    rows.stages
      .filter((stage) => stage.programId === framework)
      .map((stage) => [stage.position, stage.id]),
  );
  const indicatorIdOf = new Map(rows.indicators.map((indicator) => [indicator.code, indicator.id]));
  const certifiedAt = new Date(now.getTime() - 30 * DAY_MS);

  for (const definition of seedCredentials) {
    const stageId = stageIdAt.get(definition.stagePosition);
    if (!stageId) continue; // A shorter framework (Cedar Ridge) gets only its stages' credentials.
    const credentialId = randomUUID();
    const versionId = randomUUID();
    rows.credentials.push({ districtId, id: credentialId });
    rows.credentialVersions.push({
      districtId,
      id: versionId,
      credentialId,
      version: 1,
      name: definition.name,
      competency: definition.competency,
      keyMethod: definition.keyMethod,
      criteriaNarrative: definition.criteriaNarrative,
      stageId,
      requirements: definition.requirements,
      rubric: definition.rubric,
      passingRule: definition.passingRule,
      pdMinutes: definition.pdMinutes,
      validityMonths: definition.validityMonths,
      createdById: params.namedById,
    });
    for (const code of definition.indicatorCodes) {
      const indicatorId = indicatorIdOf.get(code);
      if (indicatorId) rows.credentialIndicators.push({ districtId, versionId, indicatorId });
    }
    rows.calibrationSamples.push({
      districtId,
      id: randomUUID(),
      versionId,
      position: 1,
      title: definition.calibration.title,
      evidence: definition.calibration.evidence,
      referenceScores: definition.calibration.scores,
      referenceFeedback: definition.calibration.feedback,
      scoredById: leadReviewerId,
    });
    rows.credentialLeadReviewers.push({
      districtId,
      credentialId,
      personId: leadReviewerId,
      namedById: params.namedById,
      namedAt: certifiedAt,
    });
    for (const personId of params.certifiedReviewerIds) {
      rows.reviewerCertifications.push({
        districtId,
        id: randomUUID(),
        personId,
        credentialId,
        attemptId: null,
        certifiedAt,
        expiresAt: new Date(certifiedAt.getTime() + CERTIFICATION_DAYS * DAY_MS),
      });
    }
  }
}
