ALTER TABLE "credential" ADD COLUMN "program_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator" ADD COLUMN "program_id" uuid;--> statement-breakpoint
ALTER TABLE "credential" ADD CONSTRAINT "credential_program_fk" FOREIGN KEY ("district_id","program_id") REFERENCES "public"."program"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_program_fk" FOREIGN KEY ("district_id","program_id") REFERENCES "public"."program"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credential_program_idx" ON "credential" USING btree ("district_id","program_id");--> statement-breakpoint
CREATE INDEX "indicator_program_idx" ON "indicator" USING btree ("district_id","program_id");