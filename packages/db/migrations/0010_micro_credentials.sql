CREATE TYPE "public"."evidence_source" AS ENUM('plan_file', 'upload', 'link', 'text');--> statement-breakpoint
CREATE TYPE "public"."export_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."review_kind" AS ENUM('independent', 'lead_decision');--> statement-breakpoint
CREATE TYPE "public"."review_outcome" AS ENUM('earned', 'not_yet');--> statement-breakpoint
CREATE TYPE "public"."submission_status" AS ENUM('draft', 'submitted', 'not_yet', 'earned');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'submission_reviewed';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'badge_earned';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'review_waiting';--> statement-breakpoint
CREATE TABLE "awarded_badge" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"credential_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"awarded_at" timestamp with time zone NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"pd_minutes" integer NOT NULL,
	"status_index" integer NOT NULL,
	"signed_credential" jsonb,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" uuid,
	"revoked_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awarded_badge_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "awarded_badge_submission_key" UNIQUE("district_id","submission_id"),
	CONSTRAINT "awarded_badge_status_index_key" UNIQUE("district_id","status_index")
);
--> statement-breakpoint
CREATE TABLE "calibration_attempt" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"credential_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"agreed" integer NOT NULL,
	"total" integer NOT NULL,
	"passed" boolean NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calibration_attempt_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "calibration_sample" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"reference_scores" jsonb NOT NULL,
	"reference_feedback" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"scored_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calibration_sample_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "credential" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credential_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "credential_indicator" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	CONSTRAINT "credential_indicator_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "credential_indicator_key" UNIQUE("district_id","version_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "credential_lead_reviewer" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"credential_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"named_by_id" uuid,
	"named_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credential_lead_reviewer_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "credential_lead_reviewer_key" UNIQUE("district_id","credential_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "credential_review" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"kind" "review_kind" DEFAULT 'independent' NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"feedback" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"outcome" "review_outcome",
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credential_review_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "credential_review_reviewer_key" UNIQUE("district_id","submission_id","reviewer_id")
);
--> statement-breakpoint
CREATE TABLE "credential_submission" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"credential_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"status" "submission_status" DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credential_submission_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "credential_submission_attempt_key" UNIQUE("district_id","person_id","credential_id","attempt")
);
--> statement-breakpoint
CREATE TABLE "credential_version" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"credential_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"competency" text NOT NULL,
	"key_method" text NOT NULL,
	"criteria_narrative" text NOT NULL,
	"stage_id" uuid,
	"requirements" jsonb NOT NULL,
	"rubric" jsonb NOT NULL,
	"passing_rule" jsonb NOT NULL,
	"pd_minutes" integer NOT NULL,
	"validity_months" integer,
	"image_storage_key" text,
	"image_content_type" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credential_version_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "credential_version_number_key" UNIQUE("district_id","credential_id","version")
);
--> statement-breakpoint
CREATE TABLE "issuer_key" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"public_key_multibase" text NOT NULL,
	"encrypted_secret_key" text NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issuer_key_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "record_export" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "export_status" DEFAULT 'queued' NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"step" text DEFAULT '' NOT NULL,
	"storage_key" text,
	"size_bytes" integer,
	"error" text,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "record_export_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "reviewer_certification" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"credential_id" uuid NOT NULL,
	"attempt_id" uuid,
	"certified_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviewer_certification_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "submission_evidence" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"submission_id" uuid NOT NULL,
	"requirement_key" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"source" "evidence_source" NOT NULL,
	"evidence_file_id" uuid,
	"file_name" text,
	"content_type" text,
	"size_bytes" integer,
	"storage_key" text,
	"url" text,
	"text" text DEFAULT '' NOT NULL,
	"annotation" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_evidence_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "review_excludes_coached" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "review_blind" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "reviews_required" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "review_waiting_days" integer DEFAULT 7 NOT NULL;--> statement-breakpoint
ALTER TABLE "awarded_badge" ADD CONSTRAINT "awarded_badge_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awarded_badge" ADD CONSTRAINT "awarded_badge_submission_fk" FOREIGN KEY ("district_id","submission_id") REFERENCES "public"."credential_submission"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awarded_badge" ADD CONSTRAINT "awarded_badge_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awarded_badge" ADD CONSTRAINT "awarded_badge_credential_fk" FOREIGN KEY ("district_id","credential_id") REFERENCES "public"."credential"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awarded_badge" ADD CONSTRAINT "awarded_badge_version_fk" FOREIGN KEY ("district_id","version_id") REFERENCES "public"."credential_version"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awarded_badge" ADD CONSTRAINT "awarded_badge_revoked_by_fk" FOREIGN KEY ("district_id","revoked_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_attempt" ADD CONSTRAINT "calibration_attempt_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_attempt" ADD CONSTRAINT "calibration_attempt_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_attempt" ADD CONSTRAINT "calibration_attempt_credential_fk" FOREIGN KEY ("district_id","credential_id") REFERENCES "public"."credential"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_attempt" ADD CONSTRAINT "calibration_attempt_version_fk" FOREIGN KEY ("district_id","version_id") REFERENCES "public"."credential_version"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_sample" ADD CONSTRAINT "calibration_sample_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_sample" ADD CONSTRAINT "calibration_sample_version_fk" FOREIGN KEY ("district_id","version_id") REFERENCES "public"."credential_version"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_sample" ADD CONSTRAINT "calibration_sample_scored_by_fk" FOREIGN KEY ("district_id","scored_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_indicator" ADD CONSTRAINT "credential_indicator_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_indicator" ADD CONSTRAINT "credential_indicator_version_fk" FOREIGN KEY ("district_id","version_id") REFERENCES "public"."credential_version"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_indicator" ADD CONSTRAINT "credential_indicator_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_lead_reviewer" ADD CONSTRAINT "credential_lead_reviewer_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_lead_reviewer" ADD CONSTRAINT "credential_lead_reviewer_credential_fk" FOREIGN KEY ("district_id","credential_id") REFERENCES "public"."credential"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_lead_reviewer" ADD CONSTRAINT "credential_lead_reviewer_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_lead_reviewer" ADD CONSTRAINT "credential_lead_reviewer_named_by_fk" FOREIGN KEY ("district_id","named_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_review" ADD CONSTRAINT "credential_review_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_review" ADD CONSTRAINT "credential_review_submission_fk" FOREIGN KEY ("district_id","submission_id") REFERENCES "public"."credential_submission"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_review" ADD CONSTRAINT "credential_review_reviewer_fk" FOREIGN KEY ("district_id","reviewer_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_submission" ADD CONSTRAINT "credential_submission_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_submission" ADD CONSTRAINT "credential_submission_credential_fk" FOREIGN KEY ("district_id","credential_id") REFERENCES "public"."credential"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_submission" ADD CONSTRAINT "credential_submission_version_fk" FOREIGN KEY ("district_id","version_id") REFERENCES "public"."credential_version"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_submission" ADD CONSTRAINT "credential_submission_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_version" ADD CONSTRAINT "credential_version_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_version" ADD CONSTRAINT "credential_version_credential_fk" FOREIGN KEY ("district_id","credential_id") REFERENCES "public"."credential"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_version" ADD CONSTRAINT "credential_version_stage_fk" FOREIGN KEY ("district_id","stage_id") REFERENCES "public"."stage"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credential_version" ADD CONSTRAINT "credential_version_created_by_fk" FOREIGN KEY ("district_id","created_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issuer_key" ADD CONSTRAINT "issuer_key_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_export" ADD CONSTRAINT "record_export_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_export" ADD CONSTRAINT "record_export_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_certification" ADD CONSTRAINT "reviewer_certification_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_certification" ADD CONSTRAINT "reviewer_certification_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_certification" ADD CONSTRAINT "reviewer_certification_credential_fk" FOREIGN KEY ("district_id","credential_id") REFERENCES "public"."credential"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_certification" ADD CONSTRAINT "reviewer_certification_attempt_fk" FOREIGN KEY ("district_id","attempt_id") REFERENCES "public"."calibration_attempt"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_evidence" ADD CONSTRAINT "submission_evidence_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_evidence" ADD CONSTRAINT "submission_evidence_submission_fk" FOREIGN KEY ("district_id","submission_id") REFERENCES "public"."credential_submission"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_evidence" ADD CONSTRAINT "submission_evidence_file_fk" FOREIGN KEY ("district_id","evidence_file_id") REFERENCES "public"."evidence_file"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "awarded_badge_person_idx" ON "awarded_badge" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "awarded_badge_credential_idx" ON "awarded_badge" USING btree ("district_id","credential_id");--> statement-breakpoint
CREATE INDEX "awarded_badge_version_idx" ON "awarded_badge" USING btree ("district_id","version_id");--> statement-breakpoint
CREATE INDEX "awarded_badge_revoked_by_idx" ON "awarded_badge" USING btree ("district_id","revoked_by_id");--> statement-breakpoint
CREATE INDEX "calibration_attempt_person_idx" ON "calibration_attempt" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "calibration_attempt_credential_idx" ON "calibration_attempt" USING btree ("district_id","credential_id");--> statement-breakpoint
CREATE INDEX "calibration_attempt_version_idx" ON "calibration_attempt" USING btree ("district_id","version_id");--> statement-breakpoint
CREATE INDEX "calibration_sample_version_idx" ON "calibration_sample" USING btree ("district_id","version_id");--> statement-breakpoint
CREATE INDEX "calibration_sample_scored_by_idx" ON "calibration_sample" USING btree ("district_id","scored_by_id");--> statement-breakpoint
CREATE INDEX "credential_indicator_indicator_idx" ON "credential_indicator" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "credential_lead_reviewer_person_idx" ON "credential_lead_reviewer" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "credential_lead_reviewer_named_by_idx" ON "credential_lead_reviewer" USING btree ("district_id","named_by_id");--> statement-breakpoint
CREATE INDEX "credential_review_reviewer_idx" ON "credential_review" USING btree ("district_id","reviewer_id");--> statement-breakpoint
CREATE INDEX "credential_submission_credential_idx" ON "credential_submission" USING btree ("district_id","credential_id");--> statement-breakpoint
CREATE INDEX "credential_submission_version_idx" ON "credential_submission" USING btree ("district_id","version_id");--> statement-breakpoint
CREATE INDEX "credential_submission_queue_idx" ON "credential_submission" USING btree ("district_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "credential_version_stage_idx" ON "credential_version" USING btree ("district_id","stage_id");--> statement-breakpoint
CREATE INDEX "credential_version_created_by_idx" ON "credential_version" USING btree ("district_id","created_by_id");--> statement-breakpoint
CREATE INDEX "record_export_person_idx" ON "record_export" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "reviewer_certification_person_idx" ON "reviewer_certification" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "reviewer_certification_credential_idx" ON "reviewer_certification" USING btree ("district_id","credential_id");--> statement-breakpoint
CREATE INDEX "reviewer_certification_attempt_idx" ON "reviewer_certification" USING btree ("district_id","attempt_id");--> statement-breakpoint
CREATE INDEX "submission_evidence_submission_idx" ON "submission_evidence" USING btree ("district_id","submission_id");--> statement-breakpoint
CREATE INDEX "submission_evidence_file_idx" ON "submission_evidence" USING btree ("district_id","evidence_file_id");