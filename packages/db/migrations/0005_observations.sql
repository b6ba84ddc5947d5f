CREATE TYPE "public"."observation_kind" AS ENUM('coaching', 'walkthrough');--> statement-breakpoint
CREATE TYPE "public"."observation_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."recommendation_decision_kind" AS ENUM('dismissed', 'pinned');--> statement-breakpoint
CREATE TABLE "imported_rating" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"level_rank" integer NOT NULL,
	"rated_on" date NOT NULL,
	"source" text NOT NULL,
	"imported_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "imported_rating_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "imported_rating_key" UNIQUE("district_id","person_id","indicator_id","rated_on","source")
);
--> statement-breakpoint
CREATE TABLE "observation" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"observer_id" uuid NOT NULL,
	"kind" "observation_kind" NOT NULL,
	"observed_on" date NOT NULL,
	"class_label" text,
	"duration_minutes" integer,
	"status" "observation_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"revision" integer DEFAULT 0 NOT NULL,
	"reflection" text,
	"reflected_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"shared_with_leaders_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observation_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "observation_level" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"rank" integer NOT NULL,
	"label" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"is_target" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observation_level_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "observation_level_rank_key" UNIQUE("district_id","rank")
);
--> statement-breakpoint
CREATE TABLE "observation_note" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"observation_id" uuid NOT NULL,
	"noted_at" timestamp with time zone NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observation_note_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "observation_photo" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"observation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observation_photo_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "observation_rating" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"observation_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"level_rank" integer,
	"look_fors" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observation_rating_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "observation_rating_indicator_key" UNIQUE("district_id","observation_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "recommendation_decision" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" "recommendation_decision_kind" NOT NULL,
	"reason" text,
	"decided_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_decision_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
ALTER TABLE "indicator" ADD COLUMN "target_rank" integer;--> statement-breakpoint
ALTER TABLE "person" ADD COLUMN "sourced_id" text;--> statement-breakpoint
ALTER TABLE "stage" ADD COLUMN "open_to_all" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "imported_rating" ADD CONSTRAINT "imported_rating_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_rating" ADD CONSTRAINT "imported_rating_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_rating" ADD CONSTRAINT "imported_rating_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_rating" ADD CONSTRAINT "imported_rating_imported_by_fk" FOREIGN KEY ("district_id","imported_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "imported_rating" ADD CONSTRAINT "imported_rating_level_fk" FOREIGN KEY ("district_id","level_rank") REFERENCES "public"."observation_level"("district_id","rank") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_teacher_fk" FOREIGN KEY ("district_id","teacher_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation" ADD CONSTRAINT "observation_observer_fk" FOREIGN KEY ("district_id","observer_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_level" ADD CONSTRAINT "observation_level_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_note" ADD CONSTRAINT "observation_note_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_note" ADD CONSTRAINT "observation_note_observation_fk" FOREIGN KEY ("district_id","observation_id") REFERENCES "public"."observation"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_photo" ADD CONSTRAINT "observation_photo_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_photo" ADD CONSTRAINT "observation_photo_observation_fk" FOREIGN KEY ("district_id","observation_id") REFERENCES "public"."observation"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_photo" ADD CONSTRAINT "observation_photo_uploader_fk" FOREIGN KEY ("district_id","uploaded_by") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_rating" ADD CONSTRAINT "observation_rating_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_rating" ADD CONSTRAINT "observation_rating_observation_fk" FOREIGN KEY ("district_id","observation_id") REFERENCES "public"."observation"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_rating" ADD CONSTRAINT "observation_rating_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_rating" ADD CONSTRAINT "observation_rating_level_fk" FOREIGN KEY ("district_id","level_rank") REFERENCES "public"."observation_level"("district_id","rank") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_decision" ADD CONSTRAINT "recommendation_decision_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_decision" ADD CONSTRAINT "recommendation_decision_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_decision" ADD CONSTRAINT "recommendation_decision_session_fk" FOREIGN KEY ("district_id","session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_decision" ADD CONSTRAINT "recommendation_decision_by_fk" FOREIGN KEY ("district_id","decided_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imported_rating_indicator_idx" ON "imported_rating" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "observation_teacher_idx" ON "observation" USING btree ("district_id","teacher_id");--> statement-breakpoint
CREATE INDEX "observation_observer_idx" ON "observation" USING btree ("district_id","observer_id");--> statement-breakpoint
CREATE INDEX "observation_note_observation_idx" ON "observation_note" USING btree ("district_id","observation_id");--> statement-breakpoint
CREATE INDEX "observation_photo_observation_idx" ON "observation_photo" USING btree ("district_id","observation_id");--> statement-breakpoint
CREATE INDEX "observation_rating_by_indicator_idx" ON "observation_rating" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "recommendation_decision_person_idx" ON "recommendation_decision" USING btree ("district_id","person_id");--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_sourced_id_key" UNIQUE("district_id","sourced_id");