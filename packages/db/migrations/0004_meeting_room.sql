CREATE TABLE "commitment_check_in" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"action_step_id" uuid NOT NULL,
	"status" "action_step_status" NOT NULL,
	"note" text,
	"checked_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitment_check_in_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "commitment_check_in_meeting_step_key" UNIQUE("district_id","meeting_id","action_step_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_agenda_item" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"protocol_id" uuid,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"minutes" integer NOT NULL,
	"prompts" text[] DEFAULT '{}' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"notes_version" integer DEFAULT 0 NOT NULL,
	"notes_updated_by_id" uuid,
	"notes_updated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_agenda_item_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "meeting_agenda_item_position_key" UNIQUE("district_id","meeting_id","position")
);
--> statement-breakpoint
CREATE TABLE "meeting_private_note" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_private_note_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "meeting_private_note_meeting_key" UNIQUE("district_id","meeting_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"rrule" text NOT NULL,
	"time_zone" text NOT NULL,
	"first_starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_series_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "protocol" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protocol_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "protocol_name_key" UNIQUE("district_id","name")
);
--> statement-breakpoint
CREATE TABLE "protocol_step" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"protocol_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"minutes" integer NOT NULL,
	"prompts" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "protocol_step_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "protocol_step_position_key" UNIQUE("district_id","protocol_id","position")
);
--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "series_id" uuid;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "active_item_id" uuid;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "active_item_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "support_meeting" ADD COLUMN "held_minutes" integer;--> statement-breakpoint
ALTER TABLE "commitment_check_in" ADD CONSTRAINT "commitment_check_in_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_check_in" ADD CONSTRAINT "commitment_check_in_meeting_fk" FOREIGN KEY ("district_id","meeting_id") REFERENCES "public"."support_meeting"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_check_in" ADD CONSTRAINT "commitment_check_in_step_fk" FOREIGN KEY ("district_id","action_step_id") REFERENCES "public"."action_step"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_check_in" ADD CONSTRAINT "commitment_check_in_checked_by_fk" FOREIGN KEY ("district_id","checked_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "meeting_agenda_item_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "meeting_agenda_item_meeting_fk" FOREIGN KEY ("district_id","meeting_id") REFERENCES "public"."support_meeting"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "meeting_agenda_item_protocol_fk" FOREIGN KEY ("district_id","protocol_id") REFERENCES "public"."protocol"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_agenda_item" ADD CONSTRAINT "meeting_agenda_item_notes_by_fk" FOREIGN KEY ("district_id","notes_updated_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_private_note" ADD CONSTRAINT "meeting_private_note_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_private_note" ADD CONSTRAINT "meeting_private_note_meeting_fk" FOREIGN KEY ("district_id","meeting_id") REFERENCES "public"."support_meeting"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_private_note" ADD CONSTRAINT "meeting_private_note_updated_by_fk" FOREIGN KEY ("district_id","updated_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_team_fk" FOREIGN KEY ("district_id","team_id") REFERENCES "public"."team"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_series" ADD CONSTRAINT "meeting_series_created_by_fk" FOREIGN KEY ("district_id","created_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol" ADD CONSTRAINT "protocol_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol" ADD CONSTRAINT "protocol_created_by_fk" FOREIGN KEY ("district_id","created_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_step" ADD CONSTRAINT "protocol_step_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "protocol_step" ADD CONSTRAINT "protocol_step_protocol_fk" FOREIGN KEY ("district_id","protocol_id") REFERENCES "public"."protocol"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_check_in_step_idx" ON "commitment_check_in" USING btree ("district_id","action_step_id");--> statement-breakpoint
CREATE INDEX "meeting_agenda_item_protocol_idx" ON "meeting_agenda_item" USING btree ("district_id","protocol_id");--> statement-breakpoint
CREATE INDEX "meeting_series_team_idx" ON "meeting_series" USING btree ("district_id","team_id");--> statement-breakpoint
ALTER TABLE "support_meeting" ADD CONSTRAINT "support_meeting_series_fk" FOREIGN KEY ("district_id","series_id") REFERENCES "public"."meeting_series"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "support_meeting_series_idx" ON "support_meeting" USING btree ("district_id","series_id");