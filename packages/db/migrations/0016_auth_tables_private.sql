-- Sign-in tables are private to the auth layer. Better Auth connects as the owner; the role every
-- request runs as (throughline_app) can no longer read or write password hashes, session tokens,
-- verification values, sign-in attempts, rate-limit counters or set-up tokens. What requests need
-- of them goes through the narrow SECURITY DEFINER functions below, which return safe columns
-- only and act on a person of the district set for the transaction (app.district_id) or on the
-- signed-in user the API names.
REVOKE ALL ON TABLE "user", "session", "account", "verification", "rate_limit", "sign_in_attempt", "setup_token" FROM throughline_app;
--> statement-breakpoint
-- Signed-in devices of one user, never their tokens.
CREATE OR REPLACE FUNCTION signed_in_devices(p_user_id text, p_now timestamptz)
RETURNS TABLE (id text, ip_address text, user_agent text, signed_in_at timestamptz, last_active_at timestamptz)
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = public
AS $$
  SELECT s.id, s.ip_address, s.user_agent, s.created_at, s.updated_at
  FROM session s
  WHERE s.user_id = p_user_id AND s.expires_at > p_now
  ORDER BY s.updated_at DESC, s.id DESC
$$;
--> statement-breakpoint
-- Signs one device of the user out; false when the user has no such session.
CREATE OR REPLACE FUNCTION sign_out_device(p_user_id text, p_session_id text)
RETURNS boolean
LANGUAGE sql
SECURITY DEFINER
SET search_path = public
AS $$
  WITH removed AS (
    DELETE FROM session s WHERE s.id = p_session_id AND s.user_id = p_user_id RETURNING 1
  )
  SELECT count(*) > 0 FROM removed
$$;
--> statement-breakpoint
-- Signs out every device of the user but the one asking; how many were signed out.
CREATE OR REPLACE FUNCTION sign_out_other_devices(p_user_id text, p_keep_session_id text)
RETURNS integer
LANGUAGE sql
SECURITY DEFINER
SET search_path = public
AS $$
  WITH removed AS (
    DELETE FROM session s WHERE s.user_id = p_user_id AND s.id <> p_keep_session_id RETURNING 1
  )
  SELECT count(*)::integer FROM removed
$$;
--> statement-breakpoint
-- Signs a person of the current district out everywhere (they were deactivated).
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
    RETURNING 1
  )
  SELECT count(*)::integer FROM removed
$$;
--> statement-breakpoint
-- A person of the current district who signs in keeps their sign-in's email and name in step
-- with their record. False (and nothing changed) when another sign-in already has the email.
CREATE OR REPLACE FUNCTION follow_person_sign_in(p_person_id uuid)
RETURNS boolean
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  v_person record;
BEGIN
  SELECT p.user_id, p.email, p.display_name INTO v_person
  FROM person p
  WHERE p.id = p_person_id
    AND p.district_id = nullif(current_setting('app.district_id', true), '')::uuid;
  IF v_person.user_id IS NULL THEN
    RETURN true;
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
-- Gives a person of the current district who has no sign-in one with a password (an accepted
-- invite): the user with the person's own email and name, its credential account holding the
-- hash, and the link. 'email_in_use' when another sign-in has that email, 'no_person' when the
-- district has no such person without a sign-in; nothing is written then.
CREATE OR REPLACE FUNCTION create_person_sign_in(
  p_person_id uuid,
  p_user_id text,
  p_account_id text,
  p_password_hash text
)
RETURNS text
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public
AS $$
DECLARE
  v_person record;
BEGIN
  SELECT p.email, p.display_name INTO v_person
  FROM person p
  WHERE p.id = p_person_id
    AND p.district_id = nullif(current_setting('app.district_id', true), '')::uuid
    AND p.user_id IS NULL
  FOR UPDATE;
  IF NOT FOUND THEN
    RETURN 'no_person';
  END IF;
  IF EXISTS (SELECT 1 FROM "user" u WHERE lower(u.email) = lower(v_person.email)) THEN
    RETURN 'email_in_use';
  END IF;
  INSERT INTO "user" (id, name, email, email_verified)
  VALUES (p_user_id, v_person.display_name, v_person.email, true);
  INSERT INTO account (id, account_id, provider_id, user_id, password)
  VALUES (p_account_id, p_user_id, 'credential', p_user_id, p_password_hash);
  UPDATE person SET user_id = p_user_id WHERE id = p_person_id;
  RETURN 'created';
END
$$;
--> statement-breakpoint
REVOKE EXECUTE ON FUNCTION signed_in_devices(text, timestamptz), sign_out_device(text, text), sign_out_other_devices(text, text), sign_out_person(uuid), follow_person_sign_in(uuid), create_person_sign_in(uuid, text, text, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION signed_in_devices(text, timestamptz), sign_out_device(text, text), sign_out_other_devices(text, text), sign_out_person(uuid), follow_person_sign_in(uuid), create_person_sign_in(uuid, text, text, text) TO throughline_app;
