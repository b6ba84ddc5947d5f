-- One sign-in may belong to people in several districts (a regional coach, a partner reviewer):
-- at most one person per district, so the unique key leads with the district like every other
-- unique key (the schema stays distributable by district), and the session remembers the
-- district it opened. Not `district_id`: a table with that column is a tenant table under row
-- security, and sessions are read before any district is known.
ALTER TABLE "person" DROP CONSTRAINT "person_userId_unique";--> statement-breakpoint
ALTER TABLE "session" ADD COLUMN "chosen_district_id" uuid;--> statement-breakpoint
ALTER TABLE "session" ADD CONSTRAINT "session_chosen_district_id_district_id_fk" FOREIGN KEY ("chosen_district_id") REFERENCES "public"."district"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_user_id_idx" ON "person" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "person" ADD CONSTRAINT "person_district_user_key" UNIQUE("district_id","user_id");--> statement-breakpoint
DROP FUNCTION session_viewer(text);
--> statement-breakpoint
CREATE FUNCTION session_viewer(p_token text)
RETURNS TABLE (
  session_id text,
  user_id text,
  expires_at_ms double precision,
  viewer jsonb,
  choose_district boolean
)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  found_session record;
  found_person record;
  person_found boolean;
  active_people integer := 0;
  previous_district text := current_setting('app.district_id', true);
  details jsonb;
BEGIN
  SELECT s.id, s.user_id, s.expires_at, s.chosen_district_id INTO found_session
  FROM session s
  WHERE s.token = p_token;
  IF NOT FOUND THEN
    RETURN;
  END IF;

  PERFORM set_config('app.identity_lookup', 'on', true);
  -- The district the session chose, while its person there is active.
  SELECT p.district_id, p.id INTO found_person
  FROM person p
  WHERE p.user_id = found_session.user_id
    AND p.active
    AND p.district_id = found_session.chosen_district_id;
  person_found := FOUND;
  IF NOT person_found THEN
    SELECT count(*) INTO active_people
    FROM person p
    WHERE p.user_id = found_session.user_id AND p.active;
    IF active_people = 1 THEN
      SELECT p.district_id, p.id INTO found_person
      FROM person p
      WHERE p.user_id = found_session.user_id AND p.active;
      person_found := true;
    END IF;
  END IF;
  PERFORM set_config('app.identity_lookup', 'off', true);

  IF person_found THEN
    PERFORM set_config('app.district_id', found_person.district_id::text, true);
    SELECT jsonb_build_object(
      'person', jsonb_build_object('id', p.id, 'displayName', p.display_name, 'email', p.email),
      'district', jsonb_build_object('id', d.id, 'name', d.name, 'timeZone', d.time_zone),
      'roles', coalesce((
        SELECT jsonb_agg(
          jsonb_build_object('role', rm.role, 'schoolId', rm.school_id, 'schoolName', sc.name)
          ORDER BY rm.role, sc.name
        )
        FROM role_membership rm
        LEFT JOIN school sc ON sc.district_id = rm.district_id AND sc.id = rm.school_id
        WHERE rm.district_id = p.district_id AND rm.person_id = p.id
      ), '[]'::jsonb),
      'ledTeamIds', coalesce((
        SELECT jsonb_agg(t.id ORDER BY t.id)
        FROM team t
        WHERE t.district_id = p.district_id AND t.facilitator_id = p.id
      ), '[]'::jsonb),
      -- Enrolled in a cohort as a learner (a principal in a leadership cohort): the teacher app
      -- is theirs too.
      'learner', EXISTS (
        SELECT 1 FROM enrolment e
        WHERE e.district_id = p.district_id AND e.person_id = p.id AND e.status = 'active'
      )
    ) INTO details
    FROM person p
    JOIN district d ON d.id = p.district_id
    WHERE p.district_id = found_person.district_id AND p.id = found_person.id;
    PERFORM set_config('app.district_id', coalesce(previous_district, ''), true);
  END IF;

  RETURN QUERY SELECT
    found_session.id,
    found_session.user_id,
    (extract(epoch FROM found_session.expires_at) * 1000)::double precision,
    details,
    (NOT person_found AND active_people > 1);
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION session_viewer(text) FROM PUBLIC;
--> statement-breakpoint
-- The districts a sign-in may open, for the chooser: only this question, before any district
-- is set.
CREATE OR REPLACE FUNCTION sign_in_districts(p_user_id text)
RETURNS TABLE (district_id uuid, district_name text, person_name text)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
BEGIN
  PERFORM set_config('app.identity_lookup', 'on', true);
  RETURN QUERY
    SELECT d.id, d.name, p.display_name
    FROM person p
    JOIN district d ON d.id = p.district_id
    WHERE p.user_id = p_user_id AND p.active
    ORDER BY d.name, d.id;
  PERFORM set_config('app.identity_lookup', 'off', true);
END
$$;
--> statement-breakpoint
-- Opens one of the sign-in's districts in this session; false when the user has no active
-- person there (a district cannot be opened by naming it).
CREATE OR REPLACE FUNCTION choose_session_district(
  p_session_id text,
  p_user_id text,
  p_district_id uuid
)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  allowed boolean;
BEGIN
  PERFORM set_config('app.identity_lookup', 'on', true);
  SELECT EXISTS (
    SELECT 1 FROM person p
    WHERE p.user_id = p_user_id AND p.active AND p.district_id = p_district_id
  ) INTO allowed;
  PERFORM set_config('app.identity_lookup', 'off', true);
  IF NOT allowed THEN
    RETURN false;
  END IF;
  UPDATE session SET chosen_district_id = p_district_id, updated_at = now()
  WHERE id = p_session_id AND user_id = p_user_id;
  RETURN FOUND;
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION sign_in_districts(text), choose_session_district(text, text, uuid) FROM PUBLIC;
--> statement-breakpoint
-- A sign-in shared with other districts keeps its address when one district edits its person:
-- one district's admin must not move a sign-in that others rely on (a changed address is where
-- a password reset goes).
CREATE OR REPLACE FUNCTION follow_person_sign_in(p_person_id uuid)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  v_person record;
  shared boolean;
BEGIN
  SELECT p.user_id, p.email, p.display_name, p.district_id INTO v_person
  FROM person p
  WHERE p.id = p_person_id
    AND p.district_id = nullif(current_setting('app.district_id', true), '')::uuid;
  IF v_person.user_id IS NULL THEN
    RETURN true;
  END IF;
  PERFORM set_config('app.identity_lookup', 'on', true);
  SELECT EXISTS (
    SELECT 1 FROM person other
    WHERE other.user_id = v_person.user_id AND other.district_id <> v_person.district_id
  ) INTO shared;
  PERFORM set_config('app.identity_lookup', 'off', true);
  IF shared THEN
    RETURN false;
  END IF;
  IF EXISTS (
    SELECT 1 FROM "user" u
    WHERE lower(u.email) = lower(v_person.email) AND u.id <> v_person.user_id
  ) THEN
    RETURN false;
  END IF;
  UPDATE "user"
  SET email = v_person.email, name = v_person.display_name, updated_at = now()
  WHERE id = v_person.user_id;
  RETURN true;
END
$$;
--> statement-breakpoint
-- Deactivating a person ends the sessions that could open their district: those that chose it
-- and those that chose none. A session that opened another of the sign-in's districts stays.
CREATE OR REPLACE FUNCTION sign_out_person(p_person_id uuid)
RETURNS integer
LANGUAGE sql
SECURITY DEFINER
SET search_path = public
AS $$
  WITH removed AS (
    DELETE FROM session s
    USING person p
    WHERE p.id = p_person_id
      AND p.district_id = nullif(current_setting('app.district_id', true), '')::uuid
      AND s.user_id = p.user_id
      AND (s.chosen_district_id IS NULL OR s.chosen_district_id = p.district_id)
    RETURNING 1
  )
  SELECT count(*)::integer FROM removed
$$;
--> statement-breakpoint
-- A cohort enrolment makes a person a learner (the viewer's `learner`): a server that keeps
-- viewers must hear of it, like a role given or taken.
CREATE TRIGGER enrolment_viewer_changed
AFTER INSERT OR UPDATE OF status, person_id OR DELETE OR TRUNCATE ON enrolment
FOR EACH STATEMENT EXECUTE FUNCTION notify_viewer_changed();
