-- A request's session and viewer in one statement: the session behind a cookie's token, the
-- active person it signs in as, and what the access rules need of them (person, district, roles
-- with their schools, the teams they facilitate). Every request checks the session table, so
-- signing out, signing the other devices out and deactivation hold from the next request.
-- It runs as the owner: the session table is private to the auth layer, and the person's
-- district is not known yet. The district is set only for the reads inside, then put back.
CREATE OR REPLACE FUNCTION session_viewer(p_token text)
RETURNS TABLE (
  session_id text,
  user_id text,
  expires_at_ms double precision,
  viewer jsonb
)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  found_session record;
  found_person record;
  person_found boolean;
  previous_district text := current_setting('app.district_id', true);
  details jsonb;
BEGIN
  SELECT s.id, s.user_id, s.expires_at INTO found_session
  FROM session s
  WHERE s.token = p_token;
  IF NOT FOUND THEN
    RETURN;
  END IF;

  PERFORM set_config('app.identity_lookup', 'on', true);
  SELECT p.district_id, p.id INTO found_person
  FROM person p
  WHERE p.user_id = found_session.user_id AND p.active
  LIMIT 1;
  person_found := FOUND;
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
      ), '[]'::jsonb)
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
    details;
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION session_viewer(text) FROM PUBLIC;
