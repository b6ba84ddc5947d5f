CREATE TYPE "public"."coaching_interaction_kind" AS ENUM('co_teaching', 'modelling', 'debrief', 'planning', 'check_in');--> statement-breakpoint
CREATE TABLE "coaching_interaction" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"coach_id" uuid NOT NULL,
	"kind" "coaching_interaction_kind" NOT NULL,
	"occurred_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_interaction_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "coaching_interaction_minutes_check" CHECK ("coaching_interaction"."minutes" between 1 and 600)
);
--> statement-breakpoint
CREATE TABLE "coaching_interaction_indicator" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"interaction_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_interaction_indicator_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "coaching_interaction_indicator_key" UNIQUE("district_id","interaction_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "coaching_interaction_teacher" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"interaction_id" uuid NOT NULL,
	"teacher_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "coaching_interaction_teacher_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "coaching_interaction_teacher_key" UNIQUE("district_id","interaction_id","teacher_id")
);
--> statement-breakpoint
CREATE TABLE "team_focus" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"set_by_id" uuid NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_focus_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "team_focus_indicator" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"focus_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_focus_indicator_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "team_focus_indicator_key" UNIQUE("district_id","focus_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "team_focus_session" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"focus_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_focus_session_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "team_focus_session_key" UNIQUE("district_id","focus_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "coaching_counts_as_pd" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "coaching_interaction" ADD CONSTRAINT "coaching_interaction_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_interaction" ADD CONSTRAINT "coaching_interaction_coach_fk" FOREIGN KEY ("district_id","coach_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_interaction_indicator" ADD CONSTRAINT "coaching_interaction_indicator_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_interaction_indicator" ADD CONSTRAINT "coaching_interaction_indicator_interaction_fk" FOREIGN KEY ("district_id","interaction_id") REFERENCES "public"."coaching_interaction"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_interaction_indicator" ADD CONSTRAINT "coaching_interaction_indicator_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_interaction_teacher" ADD CONSTRAINT "coaching_interaction_teacher_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_interaction_teacher" ADD CONSTRAINT "coaching_interaction_teacher_interaction_fk" FOREIGN KEY ("district_id","interaction_id") REFERENCES "public"."coaching_interaction"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_interaction_teacher" ADD CONSTRAINT "coaching_interaction_teacher_person_fk" FOREIGN KEY ("district_id","teacher_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus" ADD CONSTRAINT "team_focus_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus" ADD CONSTRAINT "team_focus_team_fk" FOREIGN KEY ("district_id","team_id") REFERENCES "public"."team"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus" ADD CONSTRAINT "team_focus_set_by_fk" FOREIGN KEY ("district_id","set_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus_indicator" ADD CONSTRAINT "team_focus_indicator_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus_indicator" ADD CONSTRAINT "team_focus_indicator_focus_fk" FOREIGN KEY ("district_id","focus_id") REFERENCES "public"."team_focus"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus_indicator" ADD CONSTRAINT "team_focus_indicator_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus_session" ADD CONSTRAINT "team_focus_session_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus_session" ADD CONSTRAINT "team_focus_session_focus_fk" FOREIGN KEY ("district_id","focus_id") REFERENCES "public"."team_focus"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_focus_session" ADD CONSTRAINT "team_focus_session_session_fk" FOREIGN KEY ("district_id","session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_interaction_coach_day_idx" ON "coaching_interaction" USING btree ("district_id","coach_id","occurred_on");--> statement-breakpoint
CREATE INDEX "coaching_interaction_day_idx" ON "coaching_interaction" USING btree ("district_id","occurred_on");--> statement-breakpoint
CREATE INDEX "coaching_interaction_indicator_indicator_idx" ON "coaching_interaction_indicator" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "coaching_interaction_teacher_person_idx" ON "coaching_interaction_teacher" USING btree ("district_id","teacher_id");--> statement-breakpoint
CREATE INDEX "team_focus_team_created_idx" ON "team_focus" USING btree ("district_id","team_id","created_at");--> statement-breakpoint
CREATE INDEX "team_focus_set_by_idx" ON "team_focus" USING btree ("district_id","set_by_id");--> statement-breakpoint
CREATE INDEX "team_focus_indicator_indicator_idx" ON "team_focus_indicator" USING btree ("district_id","indicator_id");--> statement-breakpoint
CREATE INDEX "team_focus_session_session_idx" ON "team_focus_session" USING btree ("district_id","session_id");