CREATE TYPE "public"."feedback_item_kind" AS ENUM('micropd_session', 'workshop', 'support_meeting');--> statement-breakpoint
CREATE TYPE "public"."will_use" AS ENUM('yes', 'not_yet', 'no');--> statement-breakpoint
CREATE TABLE "session_feedback" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"item_kind" "feedback_item_kind" NOT NULL,
	"item_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"usefulness" smallint,
	"will_use" "will_use",
	"comment" text,
	"skipped_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_feedback_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "session_feedback_item_person_key" UNIQUE("district_id","item_kind","item_id","person_id"),
	CONSTRAINT "session_feedback_usefulness_range" CHECK ("session_feedback"."usefulness" between 1 and 4)
);
--> statement-breakpoint
ALTER TABLE "session_feedback" ADD CONSTRAINT "session_feedback_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_feedback" ADD CONSTRAINT "session_feedback_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_feedback_person_idx" ON "session_feedback" USING btree ("district_id","person_id");