import type { Transaction } from "@throughline/db/client";
import {
  type AttemptRow,
  type CredentialVersionRow,
  findVersion,
  listFinishedReviews,
} from "@throughline/db/queries/credentials/credential-earning";
import { listSubmissionEvidence } from "@throughline/db/queries/credentials/credential-earning-evidence";
import { clipEvidenceFacts } from "@throughline/db/queries/video/video-clip-shares";
import {
  type CredentialStanding,
  daysWaiting,
  standingLabel,
} from "@throughline/domain/credential-earning";
import { pickFields } from "@throughline/domain/pick-fields";
import { missingRequirements } from "@throughline/domain/rules/submission-readiness";
import { TRPCError } from "@trpc/server";

/*
 * The shapes the teacher's credential pages read, built from query rows. Reviewers are never
 * named to the teacher: each review is presented as a certified reviewer's.
 */

/** Everything a version's definition says, as the pages show it. */
export function definitionOf(row: CredentialVersionRow) {
  return {
    credentialId: row.credentialId,
    versionId: row.versionId,
    version: row.version,
    name: row.name,
    competency: row.competency,
    keyMethod: row.keyMethod,
    criteriaNarrative: row.criteriaNarrative,
    stage:
      row.stageId && row.stageTitle !== null && row.stagePosition !== null
        ? { id: row.stageId, title: row.stageTitle, position: row.stagePosition }
        : null,
    program:
      row.programId && row.programTitle !== null && row.programPosition !== null
        ? { id: row.programId, title: row.programTitle, position: row.programPosition }
        : null,
    requirements: row.requirements,
    rubric: row.rubric,
    passingRule: row.passingRule,
    pdMinutes: row.pdMinutes,
    validityMonths: row.validityMonths,
  };
}

/** Where the person stands from their attempts (newest first), with the words for it. */
export function standingOf(attempts: readonly AttemptRow[], now: Date) {
  const latest = attempts[0];
  const standing: CredentialStanding = latest
    ? { status: latest.status, attempt: latest.attempt, submittedAt: latest.submittedAt }
    : { status: "not_started", attempt: 0, submittedAt: null };
  return { ...standing, label: standingLabel(standing, now) };
}

export function attemptSummaryOf(row: AttemptRow) {
  return {
    ...pickFields(row, ["id", "attempt", "status", "submittedAt", "decidedAt"]),
    startedAt: row.createdAt,
  };
}

/** An evidence item as the teacher's pages show it (not its position or plan-file id). */
const evidenceFields = [
  "id",
  "requirementKey",
  "source",
  "fileName",
  "sizeBytes",
  "url",
  "text",
  "annotation",
] as const;

/**
 * One attempt in full: its version's definition, its evidence, what is still missing, how long
 * it has waited, and, once decided, the feedback of the reviews that decided it.
 */
export async function submissionDetail(tx: Transaction, attempt: AttemptRow, now: Date) {
  const version = await findVersion(tx, { versionId: attempt.versionId });
  if (!version) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such version." });
  const evidence = await listSubmissionEvidence(tx, { submissionId: attempt.id });
  const missing = missingRequirements(version.requirements, [
    ...evidence.map((item) =>
      pickFields(item, ["requirementKey", "source", "annotation", "text", "url"]),
    ),
    // Clips of the teacher's classroom video count beside the other evidence.
    ...(await clipEvidenceFacts(tx, attempt.id)),
  ]);
  const decided = attempt.status === "not_yet" || attempt.status === "earned";
  const reviews = decided ? await listFinishedReviews(tx, { submissionId: attempt.id }) : [];
  // A lead decision settles disagreeing reviews; then it alone is the decision to explain.
  const deciding = reviews.some((review) => review.kind === "lead_decision")
    ? reviews.filter((review) => review.kind === "lead_decision")
    : reviews;
  return {
    ...attemptSummaryOf(attempt),
    daysWaiting:
      attempt.status === "submitted" && attempt.submittedAt
        ? daysWaiting(attempt.submittedAt, now)
        : null,
    definition: definitionOf(version),
    evidence: evidence.map((item) => pickFields(item, evidenceFields)),
    missing,
    feedback: deciding.map((review) => ({
      id: review.id,
      reviewerLabel: "Certified reviewer",
      outcome: review.outcome,
      scores: review.scores,
      feedback: review.feedback,
      summary: review.summary,
      reviewedAt: review.submittedAt,
    })),
  };
}
