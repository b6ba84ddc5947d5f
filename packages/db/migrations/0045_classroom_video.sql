CREATE TABLE "video" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'processing' NOT NULL,
	"upload_id" text NOT NULL,
	"original_key" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"playable_key" text,
	"poster_key" text,
	"duration_seconds" real,
	"failure_reason" text,
	"consent_confirmed_at" timestamp with time zone,
	"delete_after" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "video_upload_key" UNIQUE("district_id","upload_id"),
	CONSTRAINT "video_status_check" CHECK ("video"."status" in ('processing', 'ready', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "video_caption" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"video_id" uuid NOT NULL,
	"label" text NOT NULL,
	"language" text NOT NULL,
	"vtt" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_caption_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "video_clip" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"video_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"title" text NOT NULL,
	"start_seconds" real NOT NULL,
	"end_seconds" real NOT NULL,
	"step_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_clip_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "video_clip_span_check" CHECK ("video_clip"."start_seconds" >= 0 and "video_clip"."end_seconds" > "video_clip"."start_seconds")
);
--> statement-breakpoint
CREATE TABLE "video_comment" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"video_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"parent_id" uuid,
	"at_seconds" real NOT NULL,
	"body" text NOT NULL,
	"indicator_id" uuid,
	"level_rank" integer,
	"self_reflection" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_comment_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "video_comment_at_check" CHECK ("video_comment"."at_seconds" >= 0)
);
--> statement-breakpoint
CREATE TABLE "video_setting" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"max_bytes" bigint NOT NULL,
	"retention_days" integer NOT NULL,
	"consent_rule" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "video_setting_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "video_setting_district_key" UNIQUE("district_id")
);
--> statement-breakpoint
CREATE TABLE "video_share" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"video_id" uuid NOT NULL,
	"person_id" uuid,
	"team_id" uuid,
	"shared_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"kind" text NOT NULL,
	CONSTRAINT "video_share_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "video_share_target_check" CHECK (("video_share"."kind" = 'person' and "video_share"."person_id" is not null and "video_share"."team_id" is null) or ("video_share"."kind" = 'team' and "video_share"."team_id" is not null and "video_share"."person_id" is null))
);
--> statement-breakpoint
ALTER TABLE "video" ADD CONSTRAINT "video_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video" ADD CONSTRAINT "video_owner_fk" FOREIGN KEY ("district_id","owner_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_caption" ADD CONSTRAINT "video_caption_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_caption" ADD CONSTRAINT "video_caption_video_fk" FOREIGN KEY ("district_id","video_id") REFERENCES "public"."video"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_caption" ADD CONSTRAINT "video_caption_by_fk" FOREIGN KEY ("district_id","uploaded_by") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_clip" ADD CONSTRAINT "video_clip_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_clip" ADD CONSTRAINT "video_clip_video_fk" FOREIGN KEY ("district_id","video_id") REFERENCES "public"."video"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_clip" ADD CONSTRAINT "video_clip_by_fk" FOREIGN KEY ("district_id","created_by") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_clip" ADD CONSTRAINT "video_clip_step_fk" FOREIGN KEY ("district_id","step_id") REFERENCES "public"."action_step"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_comment" ADD CONSTRAINT "video_comment_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_comment" ADD CONSTRAINT "video_comment_video_fk" FOREIGN KEY ("district_id","video_id") REFERENCES "public"."video"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_comment" ADD CONSTRAINT "video_comment_author_fk" FOREIGN KEY ("district_id","author_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_comment" ADD CONSTRAINT "video_comment_indicator_fk" FOREIGN KEY ("district_id","indicator_id") REFERENCES "public"."indicator"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_comment" ADD CONSTRAINT "video_comment_level_fk" FOREIGN KEY ("district_id","level_rank") REFERENCES "public"."observation_level"("district_id","rank") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_comment" ADD CONSTRAINT "video_comment_parent_fk" FOREIGN KEY ("district_id","parent_id") REFERENCES "public"."video_comment"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_setting" ADD CONSTRAINT "video_setting_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_share" ADD CONSTRAINT "video_share_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_share" ADD CONSTRAINT "video_share_video_fk" FOREIGN KEY ("district_id","video_id") REFERENCES "public"."video"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_share" ADD CONSTRAINT "video_share_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_share" ADD CONSTRAINT "video_share_team_fk" FOREIGN KEY ("district_id","team_id") REFERENCES "public"."team"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_share" ADD CONSTRAINT "video_share_by_fk" FOREIGN KEY ("district_id","shared_by") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "video_owner_idx" ON "video" USING btree ("district_id","owner_id");--> statement-breakpoint
CREATE INDEX "video_caption_video_idx" ON "video_caption" USING btree ("district_id","video_id");--> statement-breakpoint
CREATE INDEX "video_clip_video_idx" ON "video_clip" USING btree ("district_id","video_id");--> statement-breakpoint
CREATE INDEX "video_clip_step_idx" ON "video_clip" USING btree ("district_id","step_id");--> statement-breakpoint
CREATE INDEX "video_comment_video_idx" ON "video_comment" USING btree ("district_id","video_id");--> statement-breakpoint
CREATE INDEX "video_share_video_idx" ON "video_share" USING btree ("district_id","video_id");--> statement-breakpoint
CREATE INDEX "video_share_person_idx" ON "video_share" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "video_share_team_idx" ON "video_share" USING btree ("district_id","team_id");