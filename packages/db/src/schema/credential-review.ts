import type { CriterionFeedback, CriterionScores } from "@throughline/domain/credential";
import { jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import {
  tenantColumns,
  tenantIndex,
  tenantPrimaryKey,
  tenantReference,
  timestamps,
} from "./columns.ts";
import { credentialSubmission } from "./credential-submission.ts";
import { reviewKindEnum, reviewOutcomeEnum } from "./enums.ts";
import { person } from "./person.ts";

/**
 * A reviewer's scoring of a submission: a level and feedback per criterion. `outcome` is what
 * the passing rule makes of the scores, stored when the review is finished (`submitted_at`).
 */
export const credentialReview = pgTable(
  "credential_review",
  {
    ...tenantColumns(),
    submissionId: uuid().notNull(),
    reviewerId: uuid().notNull(),
    kind: reviewKindEnum().notNull().default("independent"),
    scores: jsonb().$type<CriterionScores>().notNull().default({}),
    feedback: jsonb().$type<CriterionFeedback>().notNull().default({}),
    summary: text().notNull().default(""),
    outcome: reviewOutcomeEnum(),
    submittedAt: timestamp({ withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    tenantPrimaryKey(t),
    tenantReference(
      "credential_review_submission_fk",
      t.districtId,
      t.submissionId,
      credentialSubmission,
    ).onDelete("cascade"),
    tenantReference("credential_review_reviewer_fk", t.districtId, t.reviewerId, person),
    unique("credential_review_reviewer_key").on(t.districtId, t.submissionId, t.reviewerId),
    tenantIndex("credential_review_reviewer_idx", t.districtId, t.reviewerId),
  ],
);
