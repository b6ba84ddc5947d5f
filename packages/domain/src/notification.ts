import { z } from "zod";
import {
  type EmailMode,
  emailModeSchema,
  type NotificationKind,
  notificationKindSchema,
} from "./enums.ts";
import { idSchema } from "./ids.ts";
import type { AppName } from "./rules/app-access.ts";

/** Who a kind of notification is for, how preferences describe it, and its email default. */
export interface NotificationKindInfo {
  /** The preferences page's name for it. */
  label: string;
  /** One line under the label: when it is sent. */
  description: string;
  audience: "teacher" | "coach" | "principal";
  defaultEmail: EmailMode;
}

export const notificationKinds: Record<NotificationKind, NotificationKindInfo> = {
  coach_comment: {
    label: "Comments from my coach",
    description: "A coach commented on my action plan or a step, or answered my reply.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  teacher_reply: {
    label: "Replies from teachers",
    description: "A teacher I coach replied to a comment or commented on their plan.",
    audience: "coach",
    defaultEmail: "immediate",
  },
  step_stuck: {
    label: "A teacher is stuck",
    description: "A teacher I coach marked an action-plan step as stuck.",
    audience: "coach",
    defaultEmail: "immediate",
  },
  meeting_scheduled: {
    label: "Meetings scheduled",
    description: "A support meeting of my team was scheduled (with a calendar invitation).",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  meeting_changed: {
    label: "Meetings moved",
    description: "A support meeting of my team was moved to another time.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  meeting_cancelled: {
    label: "Meetings cancelled",
    description: "A support meeting of my team was cancelled.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  meeting_reminder: {
    label: "Meeting reminders",
    description: "A support meeting of my team is coming up (the district sets how early).",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  commitment_due: {
    label: "Commitments due",
    description: "A commitment from a meeting is due in two days, or is overdue.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  micropd_nudge: {
    label: "Keep going with MicroPD",
    description: "A gentle nudge after a week without a session while my cohort moves on.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  observation_published: {
    label: "Observations",
    description: "An observation of my teaching was published for me.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  cohort_enrolled: {
    label: "Cohort enrolment",
    description: "I was enrolled in a cohort.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  workshop_upcoming: {
    label: "Workshops coming up",
    description: "My cohort's workshop is in two days.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  caseload_summary: {
    label: "Weekly caseload summary",
    description: "Monday morning: the flags across the teachers I coach.",
    audience: "coach",
    defaultEmail: "immediate",
  },
  school_summary: {
    label: "Weekly school summary",
    description: "Monday morning: support meetings held and scheduled, per team.",
    audience: "principal",
    defaultEmail: "immediate",
  },
  submission_reviewed: {
    label: "Micro-credential feedback",
    description: "A reviewer judged my micro-credential submission (earned or not yet).",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  badge_earned: {
    label: "Badges earned",
    description: "I earned a micro-credential: its badge is ready to share.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  review_waiting: {
    label: "Submissions waiting for review",
    description:
      "A submission I am certified to review has waited longer than the district allows.",
    audience: "coach",
    defaultEmail: "daily_digest",
  },
  after_lesson_due: {
    label: "Reflections after the lesson",
    description:
      "A MicroPD session asked about a lesson I had not taught yet: time to reflect on it.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  mentoring_logged: {
    label: "Mentoring conversations",
    description: "My mentor logged a conversation we had, with notes and next steps.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  catalogue_seat: {
    label: "Catalogue seats",
    description:
      "I registered for a live session or workshop, or a seat opened up for me on its waitlist (with a calendar invitation).",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  catalogue_cancelled: {
    label: "Catalogue cancellations",
    description: "A live session or workshop I had a seat at was cancelled, by me or the district.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
  external_pd_decided: {
    label: "PD credit decisions",
    description:
      "My request for credit for PD taken elsewhere was approved, or returned with a reason.",
    audience: "teacher",
    defaultEmail: "immediate",
  },
};

/** Where a notification's link opens: an app and a path inside it. */
export interface NotificationLink {
  app: AppName;
  path: string;
}

/** One notification in the notification centre. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: NotificationLink;
  createdAt: Date;
  readAt: Date | null;
}

export interface NotificationCentre {
  unread: number;
  items: NotificationItem[];
  /** More items exist beyond this page. */
  hasMore: boolean;
}

export const notificationListInputSchema = z.object({
  /** Only unread ones. */
  unreadOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(20),
  /** The `createdAt` of the last item of the previous page. */
  before: z.date().optional(),
});

export const notificationIdInputSchema = z.object({ notificationId: idSchema });

/** A person's email choices: one mode per kind, and whether evenings/weekends are allowed. */
export const notificationPreferencesInputSchema = z.object({
  emailModes: z.partialRecord(notificationKindSchema, emailModeSchema),
  /** Email after 18:00 and before 07:00 on weekdays. */
  emailEvenings: z.boolean(),
  /** Email on Saturdays and Sundays. */
  emailWeekends: z.boolean(),
});
export type NotificationPreferencesInput = z.input<typeof notificationPreferencesInputSchema>;

export interface NotificationPreferences {
  /** Every kind this person can receive, with its current mode. */
  kinds: { kind: NotificationKind; label: string; description: string; emailMode: EmailMode }[];
  emailEvenings: boolean;
  emailWeekends: boolean;
  timeZone: string;
}

/** A message in the district's outbox, as the "Sent mail" page lists it. */
export interface OutboxMessageSummary {
  id: string;
  messageId: string;
  to: string;
  recipientName: string;
  subject: string;
  kind: NotificationKind | "daily_digest";
  status: "pending" | "sending" | "sent" | "failed";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  /** "smtp" when an SMTP server took it, "file" when it was kept as an .eml file. */
  deliveredVia: "smtp" | "file" | null;
}

export const outboxMessageInputSchema = z.object({ messageId: idSchema });
