ALTER TYPE "public"."notification_kind" ADD VALUE 'mentoring_logged';--> statement-breakpoint
CREATE TABLE "induction_checklist_completion" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"completed_on" date NOT NULL,
	"ticked_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "induction_checklist_completion_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "induction_checklist_completion_key" UNIQUE("district_id","mentee_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "induction_checklist_item" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"due_within_weeks" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "induction_checklist_item_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "induction_checklist_item_position_key" UNIQUE("district_id","position"),
	CONSTRAINT "induction_checklist_item_due_check" CHECK ("induction_checklist_item"."due_within_weeks" is null or "induction_checklist_item"."due_within_weeks" between 1 and 52)
);
--> statement-breakpoint
CREATE TABLE "mentor_assignment" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"mentor_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"assigned_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_assignment_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "mentor_assignment_not_self_check" CHECK ("mentor_assignment"."mentor_id" <> "mentor_assignment"."mentee_id"),
	CONSTRAINT "mentor_assignment_dates_check" CHECK ("mentor_assignment"."ended_on" is null or "mentor_assignment"."ended_on" >= "mentor_assignment"."started_on")
);
--> statement-breakpoint
CREATE TABLE "mentoring_conversation" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assignment_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"topic" text NOT NULL,
	"shared_notes" text,
	"private_notes" text,
	"next_steps" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_conversation_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
ALTER TABLE "induction_checklist_completion" ADD CONSTRAINT "induction_checklist_completion_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "induction_checklist_completion" ADD CONSTRAINT "induction_checklist_completion_item_fk" FOREIGN KEY ("district_id","item_id") REFERENCES "public"."induction_checklist_item"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "induction_checklist_completion" ADD CONSTRAINT "induction_checklist_completion_mentee_fk" FOREIGN KEY ("district_id","mentee_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "induction_checklist_completion" ADD CONSTRAINT "induction_checklist_completion_ticked_by_fk" FOREIGN KEY ("district_id","ticked_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "induction_checklist_item" ADD CONSTRAINT "induction_checklist_item_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_assignment" ADD CONSTRAINT "mentor_assignment_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_assignment" ADD CONSTRAINT "mentor_assignment_mentor_fk" FOREIGN KEY ("district_id","mentor_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_assignment" ADD CONSTRAINT "mentor_assignment_mentee_fk" FOREIGN KEY ("district_id","mentee_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_assignment" ADD CONSTRAINT "mentor_assignment_assigned_by_fk" FOREIGN KEY ("district_id","assigned_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_conversation" ADD CONSTRAINT "mentoring_conversation_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_conversation" ADD CONSTRAINT "mentoring_conversation_assignment_fk" FOREIGN KEY ("district_id","assignment_id") REFERENCES "public"."mentor_assignment"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "induction_checklist_completion_item_idx" ON "induction_checklist_completion" USING btree ("district_id","item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mentor_assignment_open_mentee_key" ON "mentor_assignment" USING btree ("district_id","mentee_id") WHERE "mentor_assignment"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "mentor_assignment_mentor_idx" ON "mentor_assignment" USING btree ("district_id","mentor_id");--> statement-breakpoint
CREATE INDEX "mentoring_conversation_assignment_idx" ON "mentoring_conversation" USING btree ("district_id","assignment_id");--> statement-breakpoint
CREATE INDEX "mentoring_conversation_held_idx" ON "mentoring_conversation" USING btree ("district_id","assignment_id","held_on");--> statement-breakpoint
-- Every district starts with the default induction checklist (the seed's
-- `defaultInductionChecklist`, the same items new districts get). The table is new, so row-level
-- security is not on it yet: one insert for every district.
INSERT INTO "induction_checklist_item" ("district_id", "position", "title", "description", "due_within_weeks")
SELECT d.id, v.position, v.title, v.description, v.weeks
FROM "district" d
CROSS JOIN (VALUES
  (1, 'Meet your mentor', 'Sit down together in your first week: when you will meet, how to reach each other, and what you want from this year.', 1),
  (2, 'Meet the people you will need', 'The front office, your grade or department lead, the counsellor and the special education lead: who to ask for what.', 2),
  (3, 'Classroom management plan', 'Write your routines and expectations and how you will teach them in the first weeks; talk them through with your mentor.', 3),
  (4, 'Plan a lesson with your mentor', 'Plan one Learning-Focused lesson together, from the standard and the essential question to the closing summary.', 4),
  (5, 'Observe your mentor teach', 'Watch one of your mentor''s lessons with a look-for you choose together, then talk about what you saw.', 6),
  (6, 'First observation debrief', 'After your first coaching observation, go through it with your mentor and choose one next step.', 8),
  (7, 'Set your goal for the year', 'Write the goal of your action plan with your mentor, tied to an indicator of the framework.', 10)
) AS v(position, title, description, weeks);
