CREATE TYPE "public"."email_mode" AS ENUM('immediate', 'daily_digest', 'off');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('coach_comment', 'teacher_reply', 'step_stuck', 'meeting_scheduled', 'meeting_changed', 'meeting_cancelled', 'meeting_reminder', 'commitment_due', 'micropd_nudge', 'observation_published', 'cohort_enrolled', 'workshop_upcoming', 'caseload_summary', 'school_summary');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TABLE "notification" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"recipient_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link_app" text NOT NULL,
	"link_path" text NOT NULL,
	"subject_id" uuid,
	"dedupe_key" text,
	"email_mode" "email_mode" NOT NULL,
	"email_after" timestamp with time zone,
	"outbox_email_id" uuid,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "notification_dedupe_key" UNIQUE("district_id","recipient_id","dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"email_mode" "email_mode" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preference_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "notification_preference_person_kind_key" UNIQUE("district_id","person_id","kind")
);
--> statement-breakpoint
CREATE TABLE "outbox_email" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"recipient_id" uuid NOT NULL,
	"to_address" text NOT NULL,
	"kind" "notification_kind",
	"unsubscribe_kinds" "notification_kind"[] NOT NULL,
	"subject" text NOT NULL,
	"text_body" text NOT NULL,
	"html_body" text NOT NULL,
	"calendar_ics" text,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"delivered_via" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_email_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "school_holiday" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_holiday_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "time_zone" text DEFAULT 'America/Chicago' NOT NULL;--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "meeting_reminder_minutes" integer[] DEFAULT '{1440,60}' NOT NULL;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "email_evenings" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "email_weekends" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_fk" FOREIGN KEY ("district_id","recipient_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_outbox_email_fk" FOREIGN KEY ("district_id","outbox_email_id") REFERENCES "public"."outbox_email"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_email" ADD CONSTRAINT "outbox_email_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_email" ADD CONSTRAINT "outbox_email_recipient_fk" FOREIGN KEY ("district_id","recipient_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_holiday" ADD CONSTRAINT "school_holiday_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_recipient_created_idx" ON "notification" USING btree ("district_id","recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "notification_email_due_idx" ON "notification" USING btree ("district_id","email_after");--> statement-breakpoint
CREATE INDEX "outbox_email_due_idx" ON "outbox_email" USING btree ("district_id","status","next_attempt_at");