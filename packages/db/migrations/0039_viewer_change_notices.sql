-- A server process on PostgreSQL may keep a session's viewer (what `session_viewer` reads) for a
-- short while instead of reading it again on every request. It must hear of every change that
-- could make what it kept wrong: a session ended or changed, a person deactivated, renamed or
-- moved, a role given or taken, a school or district renamed, a team's facilitator changed.
-- Each such statement sends one notice on `viewer_changed` (PostgreSQL sends it at commit, once
-- per transaction however many statements sent it, and never for a rolled-back one); every
-- listening process then forgets all it kept. A new session needs no notice: nothing kept it.
CREATE OR REPLACE FUNCTION notify_viewer_changed()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('viewer_changed', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER session_viewer_changed
AFTER UPDATE OR DELETE OR TRUNCATE ON session
FOR EACH STATEMENT EXECUTE FUNCTION notify_viewer_changed();
--> statement-breakpoint
CREATE TRIGGER person_viewer_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON person
FOR EACH STATEMENT EXECUTE FUNCTION notify_viewer_changed();
--> statement-breakpoint
CREATE TRIGGER district_viewer_changed
AFTER UPDATE OR DELETE OR TRUNCATE ON district
FOR EACH STATEMENT EXECUTE FUNCTION notify_viewer_changed();
--> statement-breakpoint
CREATE TRIGGER role_membership_viewer_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_membership
FOR EACH STATEMENT EXECUTE FUNCTION notify_viewer_changed();
--> statement-breakpoint
CREATE TRIGGER school_viewer_changed
AFTER UPDATE OR DELETE OR TRUNCATE ON school
FOR EACH STATEMENT EXECUTE FUNCTION notify_viewer_changed();
--> statement-breakpoint
CREATE TRIGGER team_viewer_changed
AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON team
FOR EACH STATEMENT EXECUTE FUNCTION notify_viewer_changed();
