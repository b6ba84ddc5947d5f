CREATE TABLE "action_plan_indicator" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_plan_indicator_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "action_plan_indicator_key" UNIQUE("district_id","plan_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "evidence_file" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"step_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_file_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_comment" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"step_id" uuid,
	"author_id" uuid NOT NULL,
	"reply_to_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_comment_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_event" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"detail" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_event_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
DROP INDEX "action_plan_person_idx";--> statement-breakpoint
ALTER TABLE "action_plan" ADD COLUMN "shared_with_team" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "action_step" ADD COLUMN "evidence_text" text;--> statement-breakpoint
ALTER TABLE "cohort" ADD COLUMN "workshop_video_url" text;--> statement-breakpoint
ALTER TABLE "cohort" ADD COLUMN "workshop_minutes" integer DEFAULT 180 NOT NULL;--> statement-breakpoint
ALTER TABLE "micropd_progress" ADD COLUMN "credited_minutes" integer;--> statement-breakpoint
ALTER TABLE "action_plan_indicator" ADD CONSTRAINT "action_plan_indicator_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_indicator" ADD CONSTRAINT "action_plan_indicator_plan_fk" FOREIGN KEY ("district_id","plan_id") REFERENCES "public"."action_plan"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_indicator" ADD CONSTRAINT "action_plan_indicator_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_step_fk" FOREIGN KEY ("district_id","step_id") REFERENCES "public"."action_step"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_uploader_fk" FOREIGN KEY ("district_id","uploaded_by") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_plan_fk" FOREIGN KEY ("district_id","plan_id") REFERENCES "public"."action_plan"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_step_fk" FOREIGN KEY ("district_id","step_id") REFERENCES "public"."action_step"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_author_fk" FOREIGN KEY ("district_id","author_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_comment" ADD CONSTRAINT "plan_comment_reply_fk" FOREIGN KEY ("district_id","reply_to_id") REFERENCES "public"."plan_comment"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_plan_fk" FOREIGN KEY ("district_id","plan_id") REFERENCES "public"."action_plan"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_actor_fk" FOREIGN KEY ("district_id","actor_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_plan_indicator_indicator_idx" ON "action_plan_indicator" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "evidence_file_step_idx" ON "evidence_file" USING btree ("district_id","step_id");--> statement-breakpoint
CREATE INDEX "plan_comment_plan_idx" ON "plan_comment" USING btree ("district_id","plan_id");--> statement-breakpoint
CREATE INDEX "plan_event_plan_idx" ON "plan_event" USING btree ("district_id","plan_id");--> statement-breakpoint
ALTER TABLE "action_plan" ADD CONSTRAINT "action_plan_person_stage_key" UNIQUE("district_id","person_id","stage_id");