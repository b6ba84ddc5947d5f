-- Tenant isolation: the application role, forced row-level security on every tenant table, and
-- the one sanctioned way to find a person before the district is known.

-- Roles are cluster-wide, so another database on the same server may have created it already
-- (and a concurrent migration may be creating it right now).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'throughline_app') THEN
    CREATE ROLE throughline_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object THEN
  NULL;
END
$$;
--> statement-breakpoint
-- The connecting (owning) role switches to throughline_app per transaction, which needs
-- membership. Superusers (PGlite, a local PostgreSQL) are members of every role already.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'throughline_app', 'MEMBER') THEN
    EXECUTE format('GRANT throughline_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO throughline_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO throughline_app;
--> statement-breakpoint
-- Tables created later by the same owner are usable by the application role too.
ALTER DEFAULT PRIVILEGES IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO throughline_app;
--> statement-breakpoint
-- Idempotent: the migrate runner calls it after every migration, so a table added later with a
-- district_id column is covered without anyone remembering to write its policy.
CREATE OR REPLACE FUNCTION secure_tenant_tables() RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
  tenant_table record;
BEGIN
  FOR tenant_table IN
    SELECT c.oid AS relid, c.relrowsecurity, c.relforcerowsecurity
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
    EXECUTE format(
      'GRANT SELECT, INSERT, UPDATE, DELETE ON %s TO throughline_app',
      tenant_table.relid::regclass
    );
  END LOOP;
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION secure_tenant_tables() FROM PUBLIC;
--> statement-breakpoint
SELECT secure_tenant_tables();
--> statement-breakpoint
-- Sign-in knows the user but not yet the district, and person is tenant-scoped. This function
-- runs as its owner and answers exactly one question: which active person is this user.
-- A superuser owner bypasses row-level security anyway; an owner that is not one (a managed
-- PostgreSQL) is held to the forced policies, so person gets one more policy that lets only
-- the owner read it, and only while this function has its flag turned on.
DO $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM pg_policy WHERE polrelid = 'person'::regclass AND polname = 'identity_lookup'
  ) THEN
    EXECUTE format(
      'CREATE POLICY identity_lookup ON person FOR SELECT TO %I '
      'USING (current_setting(''app.identity_lookup'', true) = ''on'')',
      current_user
    );
  END IF;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION identity_membership(p_user_id text)
RETURNS TABLE (district_id uuid, person_id uuid)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
BEGIN
  PERFORM set_config('app.identity_lookup', 'on', true);
  RETURN QUERY
    SELECT p.district_id, p.id
    FROM person p
    WHERE p.user_id = p_user_id AND p.active;
  PERFORM set_config('app.identity_lookup', 'off', true);
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION identity_membership(text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION identity_membership(text) TO throughline_app;
