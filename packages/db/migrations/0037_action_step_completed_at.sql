ALTER TABLE "action_step" ADD COLUMN "completed_at" timestamp with time zone;--> statement-breakpoint
-- Existing done steps from the best fact there is: their last edit, the moment the stage's
-- completion date has read so far (so no enrolment's date moves). District by district, as the
-- tables force row-level security. Before the triggers below, so this rebuilds nothing.
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    UPDATE action_step SET completed_at = updated_at WHERE district_id = d AND status = 'done';
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
--> statement-breakpoint
-- A step's done moment is kept by the database, so every write path keeps it alike: set when
-- the status becomes done (to the value the statement gives, as a seed of past facts does, else
-- now), cleared when the status leaves done, and left alone otherwise, so an edit of a done
-- step (a typo fixed in its reflection) keeps the moment it was done.
CREATE OR REPLACE FUNCTION action_step_keep_completed_at() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF NEW.status <> 'done' THEN
    NEW.completed_at := NULL;
  ELSIF TG_OP = 'INSERT' THEN
    NEW.completed_at := coalesce(NEW.completed_at, now());
  ELSIF OLD.status <> 'done' THEN
    NEW.completed_at := coalesce(NEW.completed_at, now());
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER action_step_completed_at BEFORE INSERT OR UPDATE ON action_step
  FOR EACH ROW EXECUTE FUNCTION action_step_keep_completed_at();
--> statement-breakpoint
-- As migration 0034, with an action step's moment now the moment it was done (later, its
-- first file, when a file uploaded after it was done is its only evidence) where it was the
-- step's last edit (domain rules/stage-completion holds the same rule; the stage-completion-date
-- tests check they agree).
CREATE OR REPLACE FUNCTION refresh_teacher_progress(p_districts uuid[], p_people uuid[])
RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM teacher_meeting_year s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  DELETE FROM enrolment_progress_summary s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  INSERT INTO teacher_meeting_year (district_id, person_id, year_start, attended, minutes)
  SELECT a.district_id, a.person_id,
    make_date(
      extract(year FROM m.starts_at AT TIME ZONE 'UTC')::int
        - CASE WHEN extract(month FROM m.starts_at AT TIME ZONE 'UTC') >= 8 THEN 0 ELSE 1 END,
      8, 1),
    count(*)::int,
    coalesce(sum(greatest(0, coalesce(m.held_minutes,
      round(extract(epoch FROM m.ends_at - m.starts_at) / 60)))), 0)::int
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  JOIN meeting_attendance a ON a.district_id = w.district_id AND a.person_id = w.person_id
  JOIN support_meeting m ON m.district_id = a.district_id AND m.id = a.meeting_id
  WHERE a.attendance = 'present' AND m.status = 'closed'
  GROUP BY 1, 2, 3;

  INSERT INTO enrolment_progress_summary (district_id, enrolment_id, person_id,
    sessions_completed, meetings_attended, has_completed_action_step, requirements_met_at)
  SELECT e.district_id, e.id, e.person_id, s.completed, m.attended, st.done_at IS NOT NULL,
    CASE WHEN e.workshop_attended AND s.completed >= s.total
      AND m.attended >= g.meetings_required AND st.done_at IS NOT NULL
    THEN greatest(coalesce(c.workshop_starts_at, e.enrolled_at), s.last_completed_at,
      m.required_reached_at, st.done_at)
    END
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  JOIN enrolment e ON e.district_id = w.district_id AND e.person_id = w.person_id
  JOIN cohort c ON c.district_id = e.district_id AND c.id = e.cohort_id
  JOIN stage g ON g.district_id = c.district_id AND g.id = c.stage_id
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS completed, max(pr.completed_at) AS last_completed_at,
      (SELECT count(*) FROM micropd_session ms
        WHERE ms.district_id = c.district_id AND ms.stage_id = c.stage_id)::int AS total
    FROM micropd_progress pr
    WHERE pr.district_id = e.district_id AND pr.person_id = e.person_id
      AND pr.completed_at IS NOT NULL
      AND pr.session_id = any(array(
        SELECT ms.id FROM micropd_session ms
        WHERE ms.district_id = c.district_id AND ms.stage_id = c.stage_id))
  ) s
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS attended,
      (array_agg(h.held_at ORDER BY h.held_at))[nullif(g.meetings_required, 0)]
        AS required_reached_at
    FROM (
      SELECT coalesce(m.started_at, m.closed_at, m.starts_at) AS held_at
      FROM meeting_attendance a
      JOIN support_meeting m ON m.district_id = a.district_id AND m.id = a.meeting_id
      WHERE a.district_id = e.district_id AND a.person_id = e.person_id
        AND a.attendance = 'present' AND m.status = 'closed'
    ) h
    WHERE h.held_at >= e.enrolled_at
  ) m
  CROSS JOIN LATERAL (
    SELECT min(greatest(s.completed_at,
      CASE WHEN btrim(coalesce(s.evidence_url, '')) = ''
        AND btrim(coalesce(s.evidence_text, '')) = ''
      THEN (SELECT min(f.created_at) FROM evidence_file f
        WHERE f.district_id = s.district_id AND f.step_id = s.id)
      END)) AS done_at
    FROM action_plan p
    JOIN action_step s ON s.district_id = p.district_id AND s.plan_id = p.id
    WHERE p.district_id = e.district_id AND p.person_id = e.person_id
      AND p.stage_id = c.stage_id AND s.status = 'done'
      AND (btrim(coalesce(s.evidence_url, '')) <> ''
        OR btrim(coalesce(s.evidence_text, '')) <> ''
        OR EXISTS (SELECT 1 FROM evidence_file f
          WHERE f.district_id = s.district_id AND f.step_id = s.id))
      AND btrim(coalesce(s.reflection, '')) <> ''
  ) st;
$$;
--> statement-breakpoint
-- The step's moment is its done moment, no longer its last edit: the summary's triggers on
-- action_step watch completed_at where they watched updated_at, so an edit of a done step's
-- title rebuilds nothing (trigger names and function of 0022).
DO $$
DECLARE
  args text;
BEGIN
  SELECT string_agg(quote_literal(c), ', ') INTO args
  FROM unnest(ARRAY['plan_id', 'status', 'evidence_url', 'evidence_text', 'reflection',
    'completed_at']) AS c;
  DROP TRIGGER IF EXISTS action_step_progress_update ON action_step;
  EXECUTE format('CREATE TRIGGER action_step_progress_update AFTER UPDATE ON action_step
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)', args);
  DROP TRIGGER IF EXISTS action_step_progress_insert ON action_step;
  EXECUTE format('CREATE TRIGGER action_step_progress_insert AFTER INSERT ON action_step
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)', args);
  DROP TRIGGER IF EXISTS action_step_progress_delete ON action_step;
  EXECUTE format('CREATE TRIGGER action_step_progress_delete AFTER DELETE ON action_step
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)', args);
END
$$;
