CREATE TABLE "audit_event" (
	"district_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid,
	"school_id" uuid,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	CONSTRAINT "audit_event_district_id_id_pk" PRIMARY KEY("district_id","id")
);
--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_actor_fk" FOREIGN KEY ("district_id","actor_id") REFERENCES "public"."person"("district_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_occurred_idx" ON "audit_event" USING btree ("district_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_event_school_idx" ON "audit_event" USING btree ("district_id","school_id","occurred_at");--> statement-breakpoint
CREATE INDEX "audit_event_subject_idx" ON "audit_event" USING btree ("district_id","subject_id");--> statement-breakpoint
-- The audit log is append-only for the application: it may add and read entries, never change
-- or remove one. secure_tenant_tables() runs after every migration and grants every tenant
-- table in full, so it learns which tables are append-only and grants those INSERT and SELECT.
CREATE OR REPLACE FUNCTION secure_tenant_tables() RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  tenant_table record;
  append_only constant text[] := ARRAY['audit_event'];
BEGIN
  FOR tenant_table IN
    SELECT c.oid AS relid, c.relname, c.relrowsecurity, c.relforcerowsecurity
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid
    WHERE n.nspname = 'public'
      AND c.relkind IN ('r', 'p')
      AND a.attname = 'district_id'
      AND NOT a.attisdropped
  LOOP
    -- ALTER TABLE takes an exclusive lock: only when something is missing.
    IF NOT tenant_table.relrowsecurity THEN
      EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tenant_table.relid::regclass);
    END IF;
    -- Forced, so the owner is held to the policy too (superusers still bypass it).
    IF NOT tenant_table.relforcerowsecurity THEN
      EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tenant_table.relid::regclass);
    END IF;
    IF NOT EXISTS (
      SELECT 1 FROM pg_policy
      WHERE polrelid = tenant_table.relid AND polname = 'tenant_isolation'
    ) THEN
      -- No district set means NULL, and NULL matches no row.
      EXECUTE format(
        'CREATE POLICY tenant_isolation ON %s '
        'USING (district_id = nullif(current_setting(''app.district_id'', true), '''')::uuid) '
        'WITH CHECK (district_id = nullif(current_setting(''app.district_id'', true), '''')::uuid)',
        tenant_table.relid::regclass
      );
    END IF;
    IF tenant_table.relname = ANY (append_only) THEN
      EXECUTE format(
        'REVOKE UPDATE, DELETE, TRUNCATE ON %s FROM throughline_app',
        tenant_table.relid::regclass
      );
      EXECUTE format('GRANT SELECT, INSERT ON %s TO throughline_app', tenant_table.relid::regclass);
    ELSE
      EXECUTE format(
        'GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO throughline_app',
        tenant_table.relid::regclass
      );
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION secure_tenant_tables() FROM PUBLIC;
--> statement-breakpoint
SELECT secure_tenant_tables();
