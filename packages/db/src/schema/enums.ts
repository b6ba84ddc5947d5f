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

/** The database enum `name` holding a domain schema's values. */
function enumOf<T extends string>(name: string, schema: { options: readonly T[] }) {
  // pgEnum wants a non-empty tuple; zod hands out a plain array.
  const [first, ...rest] = schema.options;
  if (first === undefined) throw new Error("A database enum needs at least one value.");
  const values: [T, ...T[]] = [first, ...rest];
  return pgEnum(name, values);
}

export const roleEnum = enumOf("role", roleSchema);
export const releaseModeEnum = enumOf("release_mode", releaseModeSchema);
export const contentBlockKindEnum = enumOf("content_block_kind", contentBlockKindSchema);
export const teamKindEnum = enumOf("team_kind", teamKindSchema);
export const attendanceEnum = enumOf("attendance", attendanceSchema);
export const meetingStatusEnum = enumOf("meeting_status", meetingStatusSchema);
export const actionStepStatusEnum = enumOf("action_step_status", actionStepStatusSchema);
export const enrolmentStatusEnum = enumOf("enrolment_status", enrolmentStatusSchema);
export const observationKindEnum = enumOf("observation_kind", observationKindSchema);
export const observationStatusEnum = enumOf("observation_status", observationStatusSchema);
export const selfAssessmentMomentEnum = enumOf(
  "self_assessment_moment",
  selfAssessmentMomentSchema,
);
export const recommendationDecisionKindEnum = enumOf(
  "recommendation_decision_kind",
  recommendationDecisionKindSchema,
);
export const notificationKindEnum = enumOf("notification_kind", notificationKindSchema);
export const emailModeEnum = enumOf("email_mode", emailModeSchema);
export const outboxStatusEnum = enumOf("outbox_status", outboxStatusSchema);
export const submissionStatusEnum = enumOf("submission_status", submissionStatusSchema);
export const reviewOutcomeEnum = enumOf("review_outcome", reviewOutcomeSchema);
export const reviewKindEnum = enumOf("review_kind", reviewKindSchema);
export const evidenceSourceEnum = enumOf("evidence_source", evidenceSourceSchema);
export const exportStatusEnum = enumOf("export_status", exportStatusSchema);
export const coachingInteractionKindEnum = enumOf(
  "coaching_interaction_kind",
  coachingInteractionKindSchema,
);
