ALTER TABLE "micropd_progress" ADD COLUMN "reflection_draft" text;--> statement-breakpoint
ALTER TABLE "micropd_progress" ADD COLUMN "reflection_draft_revision" integer DEFAULT 0 NOT NULL;