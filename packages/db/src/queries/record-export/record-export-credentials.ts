import type { CriterionFeedback, CriterionScores } from "@throughline/domain/credential";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  awardedBadge,
  credentialReview,
  credentialSubmission,
  credentialVersion,
  submissionEvidence,
} from "../../schema/index.ts";
import { versionOfBadge, versionOfSubmission } from "../sql/same-district-joins.ts";

/* The teacher's micro-credential submissions and badges, for their record. */

export interface RecordSubmission {
  credential: string;
  version: number;
  attempt: number;
  status: string;
  startedAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  evidence: {
    requirement: string;
    source: string;
    fileName: string | null;
    url: string | null;
    text: string;
    annotation: string;
  }[];
  /** Feedback received once a decision was made; reviewers are not named, as on the teacher's page. */
  reviews: {
    kind: string;
    outcome: string | null;
    scores: CriterionScores;
    feedback: CriterionFeedback;
    summary: string;
    submittedAt: Date | null;
  }[];
}

const DECIDED = ["not_yet", "earned"] as const;

/** Every submission (every attempt) of the teacher, oldest first, with evidence and feedback. */
export async function loadRecordSubmissions(
  tx: Transaction,
  params: { personId: string },
): Promise<RecordSubmission[]> {
  const submissions = await tx
    .select({
      id: credentialSubmission.id,
      status: credentialSubmission.status,
      attempt: credentialSubmission.attempt,
      startedAt: credentialSubmission.createdAt,
      submittedAt: credentialSubmission.submittedAt,
      decidedAt: credentialSubmission.decidedAt,
      credential: credentialVersion.name,
      version: credentialVersion.version,
    })
    .from(credentialSubmission)
    .innerJoin(credentialVersion, versionOfSubmission)
    .where(eq(credentialSubmission.personId, params.personId))
    .orderBy(asc(credentialSubmission.createdAt), asc(credentialSubmission.attempt));
  if (submissions.length === 0) return [];
  const ids = submissions.map((row) => row.id);
  const decidedIds = submissions
    .filter((row) => (DECIDED as readonly string[]).includes(row.status))
    .map((row) => row.id);
  const [evidence, reviews] = await Promise.all([
    tx
      .select({
        submissionId: submissionEvidence.submissionId,
        requirement: submissionEvidence.requirementKey,
        source: submissionEvidence.source,
        fileName: submissionEvidence.fileName,
        url: submissionEvidence.url,
        text: submissionEvidence.text,
        annotation: submissionEvidence.annotation,
      })
      .from(submissionEvidence)
      .where(inArray(submissionEvidence.submissionId, ids))
      .orderBy(asc(submissionEvidence.requirementKey), asc(submissionEvidence.position)),
    decidedIds.length === 0
      ? Promise.resolve([])
      : tx
          .select({
            submissionId: credentialReview.submissionId,
            kind: credentialReview.kind,
            outcome: credentialReview.outcome,
            scores: credentialReview.scores,
            feedback: credentialReview.feedback,
            summary: credentialReview.summary,
            submittedAt: credentialReview.submittedAt,
          })
          .from(credentialReview)
          .where(
            and(
              inArray(credentialReview.submissionId, decidedIds),
              isNotNull(credentialReview.submittedAt),
            ),
          )
          .orderBy(asc(credentialReview.submittedAt)),
  ]);
  return submissions.map(({ id, ...submission }) => ({
    ...submission,
    evidence: evidence
      .filter((item) => item.submissionId === id)
      .map(({ submissionId: _submissionId, ...item }) => item),
    reviews: reviews
      .filter((review) => review.submissionId === id)
      .map(({ submissionId: _submissionId, ...review }) => review),
  }));
}

export interface RecordBadge {
  id: string;
  credential: string;
  awardedAt: Date;
  validUntil: Date | null;
  revokedAt: Date | null;
  /** Exactly as issued; null only for a badge awarded and not yet signed. */
  signedCredential: Record<string, unknown> | null;
}

/** The teacher's badges, oldest first, each with its signed credential exactly as stored. */
export function loadRecordBadges(
  tx: Transaction,
  params: { personId: string },
): Promise<RecordBadge[]> {
  return tx
    .select({
      id: awardedBadge.id,
      credential: credentialVersion.name,
      awardedAt: awardedBadge.awardedAt,
      validUntil: awardedBadge.validUntil,
      revokedAt: awardedBadge.revokedAt,
      signedCredential: awardedBadge.signedCredential,
    })
    .from(awardedBadge)
    .innerJoin(credentialVersion, versionOfBadge)
    .where(eq(awardedBadge.personId, params.personId))
    .orderBy(asc(awardedBadge.awardedAt), asc(awardedBadge.id));
}
