ALTER TABLE "enrolment" ADD COLUMN "stage_override_by_id" uuid;--> statement-breakpoint
ALTER TABLE "enrolment" ADD COLUMN "stage_override_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrolment" ADD COLUMN "stage_override_reason" text;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "moved_from_starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "moved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "moved_by_id" uuid;