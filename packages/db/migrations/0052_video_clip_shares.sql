CREATE TABLE "video_clip_share" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"clip_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"submission_id" uuid,
	"requirement_key" text,
	"title" text NOT NULL,
	"start_seconds" real NOT NULL,
	"end_seconds" real NOT NULL,
	"annotation" text DEFAULT '' NOT NULL,
	"shared_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "video_clip_share_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "video_clip_share_target_check" CHECK (("video_clip_share"."kind" = 'meeting' and "video_clip_share"."meeting_id" is not null and "video_clip_share"."submission_id" is null) or ("video_clip_share"."kind" = 'submission' and "video_clip_share"."submission_id" is not null and "video_clip_share"."requirement_key" is not null and "video_clip_share"."meeting_id" is null and "video_clip_share"."agenda_item_id" is null))
);
--> statement-breakpoint
ALTER TABLE "video_clip_share" ADD CONSTRAINT "video_clip_share_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_clip_share" ADD CONSTRAINT "video_clip_share_meeting_fk" FOREIGN KEY ("district_id","meeting_id") REFERENCES "public"."support_meeting"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_clip_share" ADD CONSTRAINT "video_clip_share_item_fk" FOREIGN KEY ("district_id","agenda_item_id") REFERENCES "public"."meeting_agenda_item"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_clip_share" ADD CONSTRAINT "video_clip_share_submission_fk" FOREIGN KEY ("district_id","submission_id") REFERENCES "public"."credential_submission"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_clip_share" ADD CONSTRAINT "video_clip_share_by_fk" FOREIGN KEY ("district_id","shared_by") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "video_clip_share_clip_idx" ON "video_clip_share" USING btree ("district_id","clip_id");--> statement-breakpoint
CREATE INDEX "video_clip_share_meeting_idx" ON "video_clip_share" USING btree ("district_id","meeting_id");--> statement-breakpoint
CREATE INDEX "video_clip_share_item_idx" ON "video_clip_share" USING btree ("district_id","agenda_item_id");--> statement-breakpoint
CREATE INDEX "video_clip_share_submission_idx" ON "video_clip_share" USING btree ("district_id","submission_id");