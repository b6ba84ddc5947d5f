CREATE TABLE "badge_wallet_exchange" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"badge_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"challenge" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"holder_did" text,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "badge_wallet_exchange_district_id_id_pk" PRIMARY KEY("district_id","id"),
	CONSTRAINT "badge_wallet_exchange_token_key" UNIQUE("district_id","token_hash")
);
--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "website_url" text;--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "logo_storage_key" text;--> statement-breakpoint
ALTER TABLE "district" ADD COLUMN "logo_content_type" text;--> statement-breakpoint
ALTER TABLE "badge_wallet_exchange" ADD CONSTRAINT "badge_wallet_exchange_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "badge_wallet_exchange" ADD CONSTRAINT "badge_wallet_exchange_badge_fk" FOREIGN KEY ("district_id","badge_id") REFERENCES "public"."awarded_badge"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "badge_wallet_exchange_badge_idx" ON "badge_wallet_exchange" USING btree ("district_id","badge_id");