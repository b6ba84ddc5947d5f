ALTER TABLE "school" ADD COLUMN "sourced_id" text;--> statement-breakpoint
ALTER TABLE "school" ADD CONSTRAINT "school_sourced_id_key" UNIQUE("district_id","sourced_id");