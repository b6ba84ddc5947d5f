ALTER TYPE "public"."notification_kind" ADD VALUE 'catalogue_seat';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'catalogue_cancelled';--> statement-breakpoint
CREATE TABLE "catalogue_event_indicator" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_event_indicator_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "catalogue_event_indicator_pair_key" UNIQUE("district_id","event_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "catalogue_event" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"join_url" text,
	"seat_limit" integer NOT NULL,
	"grade_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"subjects" text[] DEFAULT '{}'::text[] NOT NULL,
	"pd_minutes" integer NOT NULL,
	"cancelled_at" timestamp with time zone,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_event_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "catalogue_event_kind_check" CHECK ("catalogue_event"."kind" in ('live_session', 'workshop')),
	CONSTRAINT "catalogue_event_times_check" CHECK ("catalogue_event"."ends_at" > "catalogue_event"."starts_at"),
	CONSTRAINT "catalogue_event_seat_limit_check" CHECK ("catalogue_event"."seat_limit" between 1 and 10000),
	CONSTRAINT "catalogue_event_pd_minutes_check" CHECK ("catalogue_event"."pd_minutes" between 0 and 1440)
);
--> statement-breakpoint
CREATE TABLE "event_registration" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text NOT NULL,
	"waitlist_position" integer,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"credited_minutes" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_registration_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "event_registration_person_key" UNIQUE("district_id","person_id","event_id"),
	CONSTRAINT "event_registration_status_check" CHECK ("event_registration"."status" in ('registered', 'waitlisted', 'cancelled', 'attended')),
	CONSTRAINT "event_registration_waitlist_check" CHECK (("event_registration"."status" = 'waitlisted') = ("event_registration"."waitlist_position" is not null))
);
--> statement-breakpoint
ALTER TABLE "micropd_session" ADD COLUMN "elective" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "micropd_session" ADD COLUMN "grade_bands" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "micropd_session" ADD COLUMN "subjects" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogue_event_indicator" ADD CONSTRAINT "catalogue_event_indicator_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_event_indicator" ADD CONSTRAINT "catalogue_event_indicator_event_fk" FOREIGN KEY ("district_id","event_id") REFERENCES "public"."catalogue_event"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_event_indicator" ADD CONSTRAINT "catalogue_event_indicator_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalogue_event" ADD CONSTRAINT "catalogue_event_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_event_fk" FOREIGN KEY ("district_id","event_id") REFERENCES "public"."catalogue_event"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_registration" ADD CONSTRAINT "event_registration_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalogue_event_indicator_event_idx" ON "catalogue_event_indicator" USING btree ("district_id","event_id");--> statement-breakpoint
CREATE INDEX "catalogue_event_indicator_indicator_idx" ON "catalogue_event_indicator" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "catalogue_event_starts_idx" ON "catalogue_event" USING btree ("district_id","starts_at");--> statement-breakpoint
CREATE INDEX "event_registration_event_idx" ON "event_registration" USING btree ("district_id","event_id");