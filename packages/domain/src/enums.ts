import { z } from "zod";

/** Shared vocabularies. The database enums are built from these lists, so they cannot drift. */

export const roleSchema = z.enum(["teacher", "coach", "principal", "district_admin"]);
export type Role = z.infer<typeof roleSchema>;

/** Self-paced cohorts open the next session at once; dated cohorts open sessions on dates. */
export const releaseModeSchema = z.enum(["self_paced", "dated"]);
export type ReleaseMode = z.infer<typeof releaseModeSchema>;

export const contentBlockKindSchema = z.enum([
  "video",
  "reading",
  "strategy_card",
  "classroom_task",
]);
export type ContentBlockKind = z.infer<typeof contentBlockKindSchema>;

export const teamKindSchema = z.enum(["plc", "grade_level", "department"]);
export type TeamKind = z.infer<typeof teamKindSchema>;

export const attendanceSchema = z.enum(["present", "absent", "excused"]);
export type Attendance = z.infer<typeof attendanceSchema>;

export const meetingStatusSchema = z.enum(["scheduled", "in_progress", "closed", "cancelled"]);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

export const actionStepStatusSchema = z.enum(["planned", "in_progress", "done", "stuck"]);
export type ActionStepStatus = z.infer<typeof actionStepStatusSchema>;

export const enrolmentStatusSchema = z.enum(["active", "withdrawn", "completed"]);

/** Coaching is non-evaluative and private to the teacher and their coaches; walkthroughs are a principal's. */
export const observationKindSchema = z.enum(["coaching", "walkthrough"]);
export type ObservationKind = z.infer<typeof observationKindSchema>;

/** A draft is the observer's alone; the teacher sees an observation once it is published. */
export const observationStatusSchema = z.enum(["draft", "published"]);
export type ObservationStatus = z.infer<typeof observationStatusSchema>;

/** When a teacher rated themselves: as a stage began, as its work was done, or any time between. */
export const selfAssessmentMomentSchema = z.enum(["start", "end", "check_in"]);
export type SelfAssessmentMoment = z.infer<typeof selfAssessmentMomentSchema>;

/** A teacher dismisses a recommendation; a coach pins one ("assigned by your coach"). */
export const recommendationDecisionKindSchema = z.enum(["dismissed", "pinned"]);

/**
 * Everything a person can be told. Each kind has its own email preference; the catalogue in
 * `notification.ts` says who receives it and how it is described.
 */
export const notificationKindSchema = z.enum([
  "coach_comment",
  "teacher_reply",
  "step_stuck",
  "meeting_scheduled",
  "meeting_changed",
  "meeting_cancelled",
  "meeting_reminder",
  "commitment_due",
  "micropd_nudge",
  "observation_published",
  "cohort_enrolled",
  "workshop_upcoming",
  "caseload_summary",
  "school_summary",
  "submission_reviewed",
  "badge_earned",
  "review_waiting",
  "after_lesson_due",
  "mentoring_logged",
  "catalogue_seat",
  "catalogue_cancelled",
  "external_pd_decided",
]);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** How a kind of notification reaches a person by email (in-app is always on). */
export const emailModeSchema = z.enum(["immediate", "daily_digest", "off"]);
export type EmailMode = z.infer<typeof emailModeSchema>;

/** An outbox message's life: claimed by one worker at a time, sent once, or given up on. */
export const outboxStatusSchema = z.enum(["pending", "sending", "sent", "failed"]);
export type OutboxStatus = z.infer<typeof outboxStatusSchema>;

/**
 * A micro-credential submission's life: the teacher's draft, submitted and waiting for its
 * review(s), then judged. A *not yet* is final for that attempt; the teacher starts another.
 */
export const submissionStatusSchema = z.enum(["draft", "submitted", "not_yet", "earned"]);
export type SubmissionStatus = z.infer<typeof submissionStatusSchema>;

/** What a review decides; the passing rule derives it from the criterion scores. */
export const reviewOutcomeSchema = z.enum(["earned", "not_yet"]);
export type ReviewOutcome = z.infer<typeof reviewOutcomeSchema>;

/**
 * An independent review scores the submission; a lead decision settles two reviews that
 * disagree on the outcome.
 */
export const reviewKindSchema = z.enum(["independent", "lead_decision"]);
export type ReviewKind = z.infer<typeof reviewKindSchema>;

/** Where a piece of submitted evidence came from. */
export const evidenceSourceSchema = z.enum(["plan_file", "upload", "link", "text"]);
export type EvidenceSource = z.infer<typeof evidenceSourceSchema>;

/** A background "Download my record" export. */
export const exportStatusSchema = z.enum(["queued", "running", "done", "failed"]);
