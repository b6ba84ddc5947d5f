-- The shared library: stages a district publishes (library_item, its versions as packages) and the
-- copies other districts import (library_import, with the session each copy came from).
CREATE TABLE "library_import" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"stage_id" uuid NOT NULL,
	"item_id" uuid,
	"version" integer NOT NULL,
	"source_title" text NOT NULL,
	"source_district_name" text NOT NULL,
	"license" text NOT NULL,
	"attribution" text NOT NULL,
	"imported_by_id" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_import_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "library_import_session" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"source_key" uuid NOT NULL,
	"revision_at_import" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_import_session_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
CREATE TABLE "library_item" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"publisher_district_id" uuid NOT NULL,
	"source_stage_id" uuid NOT NULL,
	"kind" text DEFAULT 'stage' NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"license" text NOT NULL,
	"attribution" text NOT NULL,
	"latest_version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "library_item_version" (
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"package" jsonb NOT NULL,
	"notes" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_item_version_item_id_version_pk" PRIMARY KEY("item_id","version")
);
--> statement-breakpoint
ALTER TABLE "library_import" ADD CONSTRAINT "library_import_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_import" ADD CONSTRAINT "library_import_item_id_library_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_item"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_import" ADD CONSTRAINT "library_import_stage_fk" FOREIGN KEY ("district_id","stage_id") REFERENCES "public"."stage"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_import" ADD CONSTRAINT "library_import_imported_by_fk" FOREIGN KEY ("district_id","imported_by_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_import_session" ADD CONSTRAINT "library_import_session_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_import_session" ADD CONSTRAINT "library_import_session_import_fk" FOREIGN KEY ("district_id","import_id") REFERENCES "public"."library_import"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_import_session" ADD CONSTRAINT "library_import_session_session_fk" FOREIGN KEY ("district_id","session_id") REFERENCES "public"."micropd_session"("district_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item" ADD CONSTRAINT "library_item_publisher_district_id_district_id_fk" FOREIGN KEY ("publisher_district_id") REFERENCES "public"."district"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_item_version" ADD CONSTRAINT "library_item_version_item_id_library_item_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."library_item"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_import_stage_idx" ON "library_import" USING btree ("district_id","stage_id");--> statement-breakpoint
CREATE INDEX "library_import_item_idx" ON "library_import" USING btree ("district_id","item_id");--> statement-breakpoint
CREATE INDEX "library_import_session_import_idx" ON "library_import_session" USING btree ("district_id","import_id");--> statement-breakpoint
CREATE INDEX "library_import_session_session_idx" ON "library_import_session" USING btree ("district_id","session_id");--> statement-breakpoint
CREATE INDEX "library_item_publisher_idx" ON "library_item" USING btree ("publisher_district_id","source_stage_id");--> statement-breakpoint
CREATE INDEX "library_item_version_published_idx" ON "library_item_version" USING btree ("item_id","published_at" desc);--> statement-breakpoint
-- The library is read by every district of the installation and written only by the district
-- that published: its own row security, since it is not a tenant table (no district_id).
ALTER TABLE "library_item" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "library_item" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY library_item_read ON "library_item" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY library_item_publish ON "library_item" FOR INSERT
  WITH CHECK (publisher_district_id = nullif(current_setting('app.district_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY library_item_change ON "library_item" FOR UPDATE
  USING (publisher_district_id = nullif(current_setting('app.district_id', true), '')::uuid)
  WITH CHECK (publisher_district_id = nullif(current_setting('app.district_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY library_item_remove ON "library_item" FOR DELETE
  USING (publisher_district_id = nullif(current_setting('app.district_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE "library_item_version" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "library_item_version" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY library_item_version_read ON "library_item_version" FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY library_item_version_publish ON "library_item_version" FOR INSERT
  WITH CHECK (EXISTS (
    SELECT 1 FROM library_item i
    WHERE i.id = item_id
      AND i.publisher_district_id = nullif(current_setting('app.district_id', true), '')::uuid
  ));
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "library_item", "library_item_version" TO throughline_app;
