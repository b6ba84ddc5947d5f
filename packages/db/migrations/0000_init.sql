CREATE TYPE "public"."action_step_status" AS ENUM('planned', 'in_progress', 'done', 'stuck');--> statement-breakpoint
CREATE TYPE "public"."attendance" AS ENUM('present', 'absent', 'excused');--> statement-breakpoint
CREATE TYPE "public"."content_block_kind" AS ENUM('video', 'reading', 'strategy_card', 'classroom_task');--> statement-breakpoint
CREATE TYPE "public"."enrolment_status" AS ENUM('active', 'withdrawn', 'completed');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('scheduled', 'in_progress', 'closed', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."release_mode" AS ENUM('self_paced', 'dated');--> statement-breakpoint
CREATE TYPE "public"."role" AS ENUM('teacher', 'coach', 'principal', 'district_admin');--> statement-breakpoint
CREATE TYPE "public"."team_kind" AS ENUM('plc', 'grade_level', 'department');--> statement-breakpoint
CREATE TABLE "account" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"provider_id" text NOT NULL,
	"user_id" text NOT NULL,
	"access_token" text,
	"refresh_token" text,
	"id_token" text,
	"access_token_expires_at" timestamp with time zone,
	"refresh_token_expires_at" timestamp with time zone,
	"scope" text,
	"password" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"goal" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plan_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "action_step" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"status" "action_step_status" DEFAULT 'planned' NOT NULL,
	"due_on" date,
	"evidence_url" text,
	"reflection" text,
	"from_meeting_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_step_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "action_step_plan_position_key" UNIQUE("district_id","plan_id","position")
);
--> statement-breakpoint
CREATE TABLE "cohort" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"name" text NOT NULL,
	"school_year" text NOT NULL,
	"coach_id" uuid,
	"release_mode" "release_mode" DEFAULT 'self_paced' NOT NULL,
	"workshop_starts_at" timestamp with time zone,
	"workshop_location" text,
	"workshop_description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "content_block" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "content_block_kind" NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_block_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "content_block_session_position_key" UNIQUE("district_id","session_id","position")
);
--> statement-breakpoint
CREATE TABLE "district" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "district_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "enrolment" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "enrolment_status" DEFAULT 'active' NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"workshop_attended" boolean DEFAULT false NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enrolment_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "enrolment_cohort_person_key" UNIQUE("district_id","cohort_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "indicator" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "indicator_code_key" UNIQUE("district_id","code")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attendance" "attendance" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_attendance_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "meeting_attendance_meeting_person_key" UNIQUE("district_id","meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "micropd_progress" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"current_block" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp with time zone,
	"reflection" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "micropd_progress_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "micropd_progress_person_session_key" UNIQUE("district_id","person_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "micropd_session" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"stage_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"estimated_minutes" integer NOT NULL,
	"reflection_prompts" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "micropd_session_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "micropd_session_stage_position_key" UNIQUE("district_id","stage_id","position"),
	CONSTRAINT "micropd_session_estimated_minutes_check" CHECK ("micropd_session"."estimated_minutes" between 10 and 20)
);
--> statement-breakpoint
CREATE TABLE "person" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"email" text NOT NULL,
	"user_id" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "person_userId_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "role_membership" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"school_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "role_membership_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "school" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "session" (
	"id" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip_address" text,
	"user_agent" text,
	"user_id" text NOT NULL,
	CONSTRAINT "session_token_unique" UNIQUE("token")
);
--> statement-breakpoint
CREATE TABLE "session_indicator" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_indicator_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "session_indicator_pair_key" UNIQUE("district_id","session_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "session_release" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"releases_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_release_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "session_release_cohort_session_key" UNIQUE("district_id","cohort_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "stage" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"meetings_required" integer DEFAULT 0 NOT NULL,
	"requires_confirmation" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stage_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "stage_position_key" UNIQUE("district_id","position")
);
--> statement-breakpoint
CREATE TABLE "support_meeting" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"video_url" text,
	"status" "meeting_status" DEFAULT 'scheduled' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_meeting_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "team" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" "team_kind" NOT NULL,
	"facilitator_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "team_member" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_member_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "team_member_team_person_key" UNIQUE("district_id","team_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "user" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_verified" boolean DEFAULT false NOT NULL,
	"image" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "verification" (
	"id" text PRIMARY KEY NOT NULL,
	"identifier" text NOT NULL,
	"value" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "account" ADD CONSTRAINT "account_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan" ADD CONSTRAINT "action_plan_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan" ADD CONSTRAINT "action_plan_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan" ADD CONSTRAINT "action_plan_stage_fk" FOREIGN KEY ("district_id","stage_id") REFERENCES "public"."stage"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_step" ADD CONSTRAINT "action_step_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_step" ADD CONSTRAINT "action_step_plan_fk" FOREIGN KEY ("district_id","plan_id") REFERENCES "public"."action_plan"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_step" ADD CONSTRAINT "action_step_meeting_fk" FOREIGN KEY ("district_id","from_meeting_id") REFERENCES "public"."support_meeting"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_school_fk" FOREIGN KEY ("district_id","school_id") REFERENCES "public"."school"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_stage_fk" FOREIGN KEY ("district_id","stage_id") REFERENCES "public"."stage"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort" ADD CONSTRAINT "cohort_coach_fk" FOREIGN KEY ("district_id","coach_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_block" ADD CONSTRAINT "content_block_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_block" ADD CONSTRAINT "content_block_session_fk" FOREIGN KEY ("district_id","session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_cohort_fk" FOREIGN KEY ("district_id","cohort_id") REFERENCES "public"."cohort"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_fk" FOREIGN KEY ("district_id","meeting_id") REFERENCES "public"."support_meeting"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "micropd_progress" ADD CONSTRAINT "micropd_progress_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "micropd_progress" ADD CONSTRAINT "micropd_progress_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "micropd_progress" ADD CONSTRAINT "micropd_progress_session_fk" FOREIGN KEY ("district_id","session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "micropd_session" ADD CONSTRAINT "micropd_session_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "micropd_session" ADD CONSTRAINT "micropd_session_stage_fk" FOREIGN KEY ("district_id","stage_id") REFERENCES "public"."stage"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_membership" ADD CONSTRAINT "role_membership_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_membership" ADD CONSTRAINT "role_membership_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_membership" ADD CONSTRAINT "role_membership_school_fk" FOREIGN KEY ("district_id","school_id") REFERENCES "public"."school"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_indicator" ADD CONSTRAINT "session_indicator_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_indicator" ADD CONSTRAINT "session_indicator_session_fk" FOREIGN KEY ("district_id","session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_indicator" ADD CONSTRAINT "session_indicator_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_release" ADD CONSTRAINT "session_release_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_release" ADD CONSTRAINT "session_release_cohort_fk" FOREIGN KEY ("district_id","cohort_id") REFERENCES "public"."cohort"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_release" ADD CONSTRAINT "session_release_session_fk" FOREIGN KEY ("district_id","session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage" ADD CONSTRAINT "stage_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD CONSTRAINT "support_meeting_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD CONSTRAINT "support_meeting_team_fk" FOREIGN KEY ("district_id","team_id") REFERENCES "public"."team"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team" ADD CONSTRAINT "team_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team" ADD CONSTRAINT "team_school_fk" FOREIGN KEY ("district_id","school_id") REFERENCES "public"."school"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team" ADD CONSTRAINT "team_facilitator_fk" FOREIGN KEY ("district_id","facilitator_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_team_fk" FOREIGN KEY ("district_id","team_id") REFERENCES "public"."team"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_member" ADD CONSTRAINT "team_member_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_user_id_idx" ON "account" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "action_plan_person_idx" ON "action_plan" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "action_plan_stage_idx" ON "action_plan" USING btree ("district_id","stage_id");--> statement-breakpoint
CREATE INDEX "action_step_meeting_idx" ON "action_step" USING btree ("district_id","from_meeting_id");--> statement-breakpoint
CREATE INDEX "cohort_school_idx" ON "cohort" USING btree ("district_id","school_id");--> statement-breakpoint
CREATE INDEX "cohort_stage_idx" ON "cohort" USING btree ("district_id","stage_id");--> statement-breakpoint
CREATE INDEX "cohort_coach_idx" ON "cohort" USING btree ("district_id","coach_id");--> statement-breakpoint
CREATE INDEX "enrolment_person_idx" ON "enrolment" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "meeting_attendance_person_idx" ON "meeting_attendance" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "micropd_progress_session_idx" ON "micropd_progress" USING btree ("district_id","session_id");--> statement-breakpoint
CREATE INDEX "role_membership_person_idx" ON "role_membership" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "role_membership_school_idx" ON "role_membership" USING btree ("district_id","school_id","role");--> statement-breakpoint
CREATE INDEX "session_user_id_idx" ON "session" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "session_indicator_indicator_idx" ON "session_indicator" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "session_release_session_idx" ON "session_release" USING btree ("district_id","session_id");--> statement-breakpoint
CREATE INDEX "support_meeting_team_idx" ON "support_meeting" USING btree ("district_id","team_id");--> statement-breakpoint
CREATE INDEX "team_school_idx" ON "team" USING btree ("district_id","school_id");--> statement-breakpoint
CREATE INDEX "team_facilitator_idx" ON "team" USING btree ("district_id","facilitator_id");--> statement-breakpoint
CREATE INDEX "team_member_person_idx" ON "team_member" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "verification_identifier_idx" ON "verification" USING btree ("identifier");