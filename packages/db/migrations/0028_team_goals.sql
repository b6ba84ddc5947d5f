CREATE TYPE "public"."team_goal_unit" AS ENUM('percent', 'score', 'count');--> statement-breakpoint
CREATE TABLE "team_goal" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"problem" text NOT NULL,
	"measure" text NOT NULL,
	"unit" "team_goal_unit" NOT NULL,
	"baseline_value" double precision NOT NULL,
	"target_value" double precision NOT NULL,
	"starts_on" date NOT NULL,
	"target_on" date NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_goal_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "team_goal_checkpoint" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"planned_on" date NOT NULL,
	"measure_value" double precision,
	"class_results" jsonb,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_id" uuid,
	"recorded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_goal_checkpoint_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "team_goal_checkpoint_goal_date_key" UNIQUE("district_id","goal_id","planned_on")
);
--> statement-breakpoint
CREATE TABLE "team_goal_indicator" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_goal_indicator_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "team_goal_indicator_pair_key" UNIQUE("district_id","goal_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "team_goal_session" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_goal_session_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "team_goal_session_pair_key" UNIQUE("district_id","goal_id","session_id")
);
--> statement-breakpoint
CREATE TABLE "team_goal_work_sample" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"checkpoint_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_key" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_goal_work_sample_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
ALTER TABLE "action_step" ADD COLUMN "team_goal_id" uuid;--> statement-breakpoint
ALTER TABLE "team_goal" ADD CONSTRAINT "team_goal_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal" ADD CONSTRAINT "team_goal_team_fk" FOREIGN KEY ("district_id","team_id") REFERENCES "public"."team"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal" ADD CONSTRAINT "team_goal_created_by_fk" FOREIGN KEY ("district_id","created_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_checkpoint" ADD CONSTRAINT "team_goal_checkpoint_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_checkpoint" ADD CONSTRAINT "team_goal_checkpoint_goal_fk" FOREIGN KEY ("district_id","goal_id") REFERENCES "public"."team_goal"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_checkpoint" ADD CONSTRAINT "team_goal_checkpoint_recorded_by_fk" FOREIGN KEY ("district_id","recorded_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_indicator" ADD CONSTRAINT "team_goal_indicator_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_indicator" ADD CONSTRAINT "team_goal_indicator_goal_fk" FOREIGN KEY ("district_id","goal_id") REFERENCES "public"."team_goal"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_indicator" ADD CONSTRAINT "team_goal_indicator_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_session" ADD CONSTRAINT "team_goal_session_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_session" ADD CONSTRAINT "team_goal_session_goal_fk" FOREIGN KEY ("district_id","goal_id") REFERENCES "public"."team_goal"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_session" ADD CONSTRAINT "team_goal_session_session_fk" FOREIGN KEY ("district_id","session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_work_sample" ADD CONSTRAINT "team_goal_work_sample_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_work_sample" ADD CONSTRAINT "team_goal_work_sample_checkpoint_fk" FOREIGN KEY ("district_id","checkpoint_id") REFERENCES "public"."team_goal_checkpoint"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_work_sample" ADD CONSTRAINT "team_goal_work_sample_uploader_fk" FOREIGN KEY ("district_id","uploaded_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_goal_team_idx" ON "team_goal" USING btree ("district_id","team_id");--> statement-breakpoint
CREATE INDEX "team_goal_indicator_indicator_idx" ON "team_goal_indicator" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "team_goal_session_session_idx" ON "team_goal_session" USING btree ("district_id","session_id");--> statement-breakpoint
CREATE INDEX "team_goal_work_sample_checkpoint_idx" ON "team_goal_work_sample" USING btree ("district_id","checkpoint_id");--> statement-breakpoint
ALTER TABLE "action_step" ADD CONSTRAINT "action_step_team_goal_fk" FOREIGN KEY ("district_id","team_goal_id") REFERENCES "public"."team_goal"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_step_team_goal_idx" ON "action_step" USING btree ("district_id","team_goal_id");