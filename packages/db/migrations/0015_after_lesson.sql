ALTER TYPE "public"."notification_kind" ADD VALUE 'after_lesson_due';--> statement-breakpoint
ALTER TABLE "action_step" ADD COLUMN "from_session_id" uuid;--> statement-breakpoint
ALTER TABLE "micropd_progress" ADD COLUMN "after_lesson_reflection" text;--> statement-breakpoint
ALTER TABLE "micropd_progress" ADD COLUMN "after_lesson_completed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "micropd_session" ADD COLUMN "after_lesson_prompts" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "action_step" ADD CONSTRAINT "action_step_session_fk" FOREIGN KEY ("district_id","from_session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE no action ON UPDATE no action;