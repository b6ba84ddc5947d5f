import { coachingInteractionKindSchema } from "@throughline/domain/coaching-log";
import {
  actionStepStatusSchema,
  attendanceSchema,
  contentBlockKindSchema,
  emailModeSchema,
  enrolmentStatusSchema,
  evidenceSourceSchema,
  exportStatusSchema,
  meetingStatusSchema,
  notificationKindSchema,
  observationKindSchema,
  observationStatusSchema,
  outboxStatusSchema,
  recommendationDecisionKindSchema,
  releaseModeSchema,
  reviewKindSchema,
  reviewOutcomeSchema,
  roleSchema,
  selfAssessmentMomentSchema,
  submissionStatusSchema,
  teamKindSchema,
} from "@throughline/domain/enums";
import { pgEnum } from "drizzle-orm/pg-core";

/* Database enums built from the domain's lists, so the two cannot drift apart. */

/** pgEnum wants a non-empty tuple; zod hands out a plain array. */
function values<T extends string>(options: readonly T[]): [T, ...T[]] {
  const [first, ...rest] = options;
  if (first === undefined) throw new Error("A database enum needs at least one value.");
  return [first, ...rest];
}

export const roleEnum = pgEnum("role", values(roleSchema.options));
export const releaseModeEnum = pgEnum("release_mode", values(releaseModeSchema.options));
export const contentBlockKindEnum = pgEnum(
  "content_block_kind",
  values(contentBlockKindSchema.options),
);
export const teamKindEnum = pgEnum("team_kind", values(teamKindSchema.options));
export const attendanceEnum = pgEnum("attendance", values(attendanceSchema.options));
export const meetingStatusEnum = pgEnum("meeting_status", values(meetingStatusSchema.options));
export const actionStepStatusEnum = pgEnum(
  "action_step_status",
  values(actionStepStatusSchema.options),
);
export const enrolmentStatusEnum = pgEnum(
  "enrolment_status",
  values(enrolmentStatusSchema.options),
);
export const observationKindEnum = pgEnum(
  "observation_kind",
  values(observationKindSchema.options),
);
export const observationStatusEnum = pgEnum(
  "observation_status",
  values(observationStatusSchema.options),
);
export const selfAssessmentMomentEnum = pgEnum(
  "self_assessment_moment",
  values(selfAssessmentMomentSchema.options),
);
export const recommendationDecisionKindEnum = pgEnum(
  "recommendation_decision_kind",
  values(recommendationDecisionKindSchema.options),
);
export const notificationKindEnum = pgEnum(
  "notification_kind",
  values(notificationKindSchema.options),
);
export const emailModeEnum = pgEnum("email_mode", values(emailModeSchema.options));
export const outboxStatusEnum = pgEnum("outbox_status", values(outboxStatusSchema.options));
export const submissionStatusEnum = pgEnum(
  "submission_status",
  values(submissionStatusSchema.options),
);
export const reviewOutcomeEnum = pgEnum("review_outcome", values(reviewOutcomeSchema.options));
export const reviewKindEnum = pgEnum("review_kind", values(reviewKindSchema.options));
export const evidenceSourceEnum = pgEnum("evidence_source", values(evidenceSourceSchema.options));
export const exportStatusEnum = pgEnum("export_status", values(exportStatusSchema.options));
export const coachingInteractionKindEnum = pgEnum(
  "coaching_interaction_kind",
  values(coachingInteractionKindSchema.options),
);
