CREATE TABLE "enrolment_progress_summary" (
	"district_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"sessions_completed" integer NOT NULL,
	"meetings_attended" integer NOT NULL,
	"has_completed_action_step" boolean NOT NULL,
	CONSTRAINT "enrolment_progress_summary_district_id_enrolment_id_pk" PRIMARY KEY("district_id","enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "teacher_meeting_year" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"year_start" date NOT NULL,
	"attended" integer NOT NULL,
	"minutes" integer NOT NULL,
	CONSTRAINT "teacher_meeting_year_district_id_person_id_year_start_pk" PRIMARY KEY("district_id","person_id","year_start")
);
--> statement-breakpoint
ALTER TABLE "enrolment_progress_summary" ADD CONSTRAINT "enrolment_progress_summary_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_meeting_year" ADD CONSTRAINT "teacher_meeting_year_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrolment_progress_summary_person_idx" ON "enrolment_progress_summary" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "support_meeting_starts_idx" ON "support_meeting" USING btree ("district_id","starts_at");