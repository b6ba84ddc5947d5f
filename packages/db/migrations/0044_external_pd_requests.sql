CREATE TYPE "public"."external_pd_kind" AS ENUM('conference', 'workshop', 'university_course', 'online_course', 'other');--> statement-breakpoint
CREATE TYPE "public"."external_pd_status" AS ENUM('submitted', 'approved', 'returned', 'withdrawn');--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'external_pd_decided';--> statement-breakpoint
CREATE TABLE "external_pd_certificate" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "external_pd_certificate_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "external_pd_request" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"provider" text NOT NULL,
	"kind" "external_pd_kind" NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"hours" numeric(5, 1) NOT NULL,
	"description" text,
	"status" "external_pd_status" DEFAULT 'submitted' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"return_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "external_pd_request_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "external_pd_request_hours_check" CHECK ("external_pd_request"."hours" > 0 and "external_pd_request"."hours" <= 200),
	CONSTRAINT "external_pd_request_dates_check" CHECK ("external_pd_request"."end_on" >= "external_pd_request"."start_on")
);
--> statement-breakpoint
ALTER TABLE "external_pd_certificate" ADD CONSTRAINT "external_pd_certificate_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_pd_certificate" ADD CONSTRAINT "external_pd_certificate_request_fk" FOREIGN KEY ("district_id","request_id") REFERENCES "public"."external_pd_request"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_pd_certificate" ADD CONSTRAINT "external_pd_certificate_uploader_fk" FOREIGN KEY ("district_id","uploaded_by") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_pd_request" ADD CONSTRAINT "external_pd_request_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_pd_request" ADD CONSTRAINT "external_pd_request_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "external_pd_request" ADD CONSTRAINT "external_pd_request_reviewer_fk" FOREIGN KEY ("district_id","reviewed_by") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "external_pd_certificate_request_idx" ON "external_pd_certificate" USING btree ("district_id","request_id");--> statement-breakpoint
CREATE INDEX "external_pd_request_person_idx" ON "external_pd_request" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "external_pd_request_status_idx" ON "external_pd_request" USING btree ("district_id","status","submitted_at");