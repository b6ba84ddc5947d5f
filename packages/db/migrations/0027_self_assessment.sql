CREATE TYPE "public"."self_assessment_moment" AS ENUM('start', 'end', 'check_in');--> statement-breakpoint
CREATE TABLE "self_assessment" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"teacher_id" uuid NOT NULL,
	"stage_id" uuid NOT NULL,
	"moment" "self_assessment_moment" NOT NULL,
	"assessed_on" date NOT NULL,
	"shared_with_leaders_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessment_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "self_assessment_rating" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"self_assessment_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"level_rank" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessment_rating_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "self_assessment_rating_indicator_key" UNIQUE("district_id","self_assessment_id","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "self_assessment" ADD CONSTRAINT "self_assessment_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment" ADD CONSTRAINT "self_assessment_teacher_fk" FOREIGN KEY ("district_id","teacher_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment" ADD CONSTRAINT "self_assessment_stage_fk" FOREIGN KEY ("district_id","stage_id") REFERENCES "public"."stage"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "self_assessment_rating_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "self_assessment_rating_assessment_fk" FOREIGN KEY ("district_id","self_assessment_id") REFERENCES "public"."self_assessment"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "self_assessment_rating_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_rating" ADD CONSTRAINT "self_assessment_rating_level_fk" FOREIGN KEY ("district_id","level_rank") REFERENCES "public"."observation_level"("district_id","rank") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_assessment_teacher_stage_idx" ON "self_assessment" USING btree ("district_id","teacher_id","stage_id","assessed_on");--> statement-breakpoint
CREATE INDEX "self_assessment_stage_idx" ON "self_assessment" USING btree ("district_id","stage_id");--> statement-breakpoint
CREATE INDEX "self_assessment_shared_idx" ON "self_assessment" USING btree ("district_id","stage_id") WHERE "self_assessment"."shared_with_leaders_at" is not null;--> statement-breakpoint
CREATE INDEX "self_assessment_rating_by_indicator_idx" ON "self_assessment_rating" USING btree ("district_id","indicator_id");