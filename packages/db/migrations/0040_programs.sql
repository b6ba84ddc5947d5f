CREATE TABLE "program" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "program_position_key" UNIQUE("district_id","position")
);
--> statement-breakpoint
CREATE TABLE "program_requirement" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"role" "role" NOT NULL,
	"school_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_requirement_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "program_requirement_key" UNIQUE NULLS NOT DISTINCT("district_id","program_id","role","school_id")
);
--> statement-breakpoint
ALTER TABLE "stage" DROP CONSTRAINT "stage_position_key";--> statement-breakpoint
ALTER TABLE "stage" ADD COLUMN "program_id" uuid;--> statement-breakpoint
-- Every district so far ran one line of stages: it becomes the district's first program, named
-- as the product has always called it, and every stage moves into it with its position kept.
-- District by district, as stage forces row-level security.
DO $$
DECLARE
  d uuid;
  p uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    INSERT INTO program (district_id, position, title, summary)
    VALUES (d, 1, 'Instructional framework',
      'The district''s staged path through its instructional framework.')
    RETURNING id INTO p;
    UPDATE stage SET program_id = p WHERE district_id = d;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
--> statement-breakpoint
ALTER TABLE "stage" ALTER COLUMN "program_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "program" ADD CONSTRAINT "program_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_requirement" ADD CONSTRAINT "program_requirement_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_requirement" ADD CONSTRAINT "program_requirement_program_fk" FOREIGN KEY ("district_id","program_id") REFERENCES "public"."program"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_requirement" ADD CONSTRAINT "program_requirement_school_fk" FOREIGN KEY ("district_id","school_id") REFERENCES "public"."school"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "program_requirement_program_idx" ON "program_requirement" USING btree ("district_id","program_id");--> statement-breakpoint
ALTER TABLE "stage" ADD CONSTRAINT "stage_program_fk" FOREIGN KEY ("district_id","program_id") REFERENCES "public"."program"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stage_program_idx" ON "stage" USING btree ("district_id","program_id");--> statement-breakpoint
ALTER TABLE "stage" ADD CONSTRAINT "stage_position_key" UNIQUE("district_id","program_id","position");