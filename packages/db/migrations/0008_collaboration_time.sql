CREATE TYPE "public"."teaching_slot_source" AS ENUM('manual', 'roster');--> statement-breakpoint
CREATE TABLE "bell_period" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"school_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"name" text NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bell_period_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "collaboration_block" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"created_by_id" uuid NOT NULL,
	"overrode_warnings" boolean DEFAULT false NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaboration_block_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "teaching_slot" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"label" text NOT NULL,
	"source" "teaching_slot_source" DEFAULT 'manual' NOT NULL,
	"class_sourced_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "teaching_slot_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "collaboration_block_id" uuid;--> statement-breakpoint
ALTER TABLE "bell_period" ADD CONSTRAINT "bell_period_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bell_period" ADD CONSTRAINT "bell_period_school_fk" FOREIGN KEY ("district_id","school_id") REFERENCES "public"."school"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_block" ADD CONSTRAINT "collaboration_block_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_block" ADD CONSTRAINT "collaboration_block_team_fk" FOREIGN KEY ("district_id","team_id") REFERENCES "public"."team"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_block" ADD CONSTRAINT "collaboration_block_created_by_fk" FOREIGN KEY ("district_id","created_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_slot" ADD CONSTRAINT "teaching_slot_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_slot" ADD CONSTRAINT "teaching_slot_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teaching_slot" ADD CONSTRAINT "teaching_slot_school_fk" FOREIGN KEY ("district_id","school_id") REFERENCES "public"."school"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bell_period_school_idx" ON "bell_period" USING btree ("district_id","school_id");--> statement-breakpoint
CREATE INDEX "collaboration_block_team_idx" ON "collaboration_block" USING btree ("district_id","team_id");--> statement-breakpoint
CREATE INDEX "collaboration_block_created_by_idx" ON "collaboration_block" USING btree ("district_id","created_by_id");--> statement-breakpoint
CREATE INDEX "teaching_slot_person_idx" ON "teaching_slot" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "teaching_slot_school_idx" ON "teaching_slot" USING btree ("district_id","school_id");--> statement-breakpoint
ALTER TABLE "support_meeting" ADD CONSTRAINT "support_meeting_collaboration_block_fk" FOREIGN KEY ("district_id","collaboration_block_id") REFERENCES "public"."collaboration_block"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_meeting_collaboration_block_idx" ON "support_meeting" USING btree ("district_id","collaboration_block_id");