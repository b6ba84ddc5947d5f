-- A big dashboard's figures as last built, served while a fresh build runs (rules/dashboard-snapshot.ts).
-- Row security and the app role's grants come from secure_tenant_tables(), run after every migration.
CREATE TABLE "dashboard_snapshot" (
	"district_id" uuid NOT NULL,
	"level_key" text NOT NULL,
	"school_id" uuid,
	"built_at" timestamp with time zone NOT NULL,
	"build_ms" integer NOT NULL,
	"teacher_count" integer NOT NULL,
	"body" jsonb NOT NULL,
	CONSTRAINT "dashboard_snapshot_district_id_level_key_pk" PRIMARY KEY("district_id","level_key")
);
--> statement-breakpoint
ALTER TABLE "dashboard_snapshot" ADD CONSTRAINT "dashboard_snapshot_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dashboard_snapshot" ADD CONSTRAINT "dashboard_snapshot_school_fk" FOREIGN KEY ("district_id","school_id") REFERENCES "public"."school"("district_id","id") ON DELETE cascade ON UPDATE no action;