CREATE TABLE "person_invite" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_invite_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "person_invite_token_key" UNIQUE("district_id","token_hash")
);
--> statement-breakpoint
ALTER TABLE "person_invite" ADD CONSTRAINT "person_invite_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_invite" ADD CONSTRAINT "person_invite_person_fk" FOREIGN KEY ("district_id","person_id") REFERENCES "public"."person"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_invite" ADD CONSTRAINT "person_invite_created_by_fk" FOREIGN KEY ("district_id","created_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_invite_person_idx" ON "person_invite" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "person_invite_created_by_idx" ON "person_invite" USING btree ("district_id","created_by_id");