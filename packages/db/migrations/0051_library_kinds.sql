-- The shared library publishes programs, single MicroPD sessions and micro-credentials as well
-- as stages. An item's source is any of those (source_stage_id becomes source_id; existing stage
-- items keep their kind 'stage' and their source); an import records its kind and its copy: a
-- stage, a program or a credential (a session import keeps the stage it went into), and for a
-- credential the definition as imported, to tell whether the importer adapted it since.
ALTER TABLE "library_item" RENAME COLUMN "source_stage_id" TO "source_id";
--> statement-breakpoint
ALTER TABLE "library_import" ADD COLUMN "kind" text DEFAULT 'stage' NOT NULL;
--> statement-breakpoint
ALTER TABLE "library_import" ALTER COLUMN "stage_id" DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE "library_import" ADD COLUMN "program_id" uuid;
--> statement-breakpoint
ALTER TABLE "library_import" ADD COLUMN "credential_id" uuid;
--> statement-breakpoint
ALTER TABLE "library_import" ADD COLUMN "credential_at_import" jsonb;
--> statement-breakpoint
ALTER TABLE "library_import" ADD CONSTRAINT "library_import_program_fk" FOREIGN KEY ("district_id","program_id") REFERENCES "public"."program"("district_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "library_import" ADD CONSTRAINT "library_import_credential_fk" FOREIGN KEY ("district_id","credential_id") REFERENCES "public"."credential"("district_id","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "library_import_program_idx" ON "library_import" USING btree ("district_id","program_id");
--> statement-breakpoint
CREATE INDEX "library_import_credential_idx" ON "library_import" USING btree ("district_id","credential_id");
