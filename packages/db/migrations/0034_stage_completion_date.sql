ALTER TABLE "enrolment_progress_summary" ADD COLUMN "requirements_met_at" timestamp with time zone;--> statement-breakpoint
-- Rebuilds both summaries of the given teachers, as migration 0022, now with the moment each
-- enrolment's stage requirements were met, read from the facts that met them
-- (domain rules/stage-completion holds the same rule in TypeScript; the stage-completion-date
-- tests check they agree): the latest of the workshop (its start, else the enrolment), the
-- stage's last session completed, the meeting that reached the stage's required number (by the
-- day held), and the first action step done with evidence and a reflection (its last edit, or
-- its first file when a file is its only evidence). Null while a requirement is missing.
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
    SELECT min(greatest(s.updated_at,
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
-- The moment now also reads the workshop's attendance and start, and an action step's last
-- edit: their triggers watch those columns too (the trigger names and function of 0022).
DO $$
DECLARE
  t record;
  args text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('enrolment', 'person_id, cohort_id, enrolled_at, workshop_attended', true),
    ('action_step', 'plan_id, status, evidence_url, evidence_text, reflection, updated_at', true),
    ('cohort', 'id, stage_id, workshop_starts_at', false)
  ) AS v(tbl, cols, every_write) LOOP
    SELECT string_agg(quote_literal(btrim(c)), ', ') INTO args
    FROM unnest(string_to_array(t.cols, ',')) AS c;
    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t.tbl || '_progress_update', t.tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)',
      t.tbl || '_progress_update', t.tbl, args);
    IF t.every_write THEN
      EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t.tbl || '_progress_insert', t.tbl);
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)',
        t.tbl || '_progress_insert', t.tbl, args);
      EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t.tbl || '_progress_delete', t.tbl);
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)',
        t.tbl || '_progress_delete', t.tbl, args);
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
-- A stage's requirements are shared by its enrolments: a session added to or taken from a
-- stage, or a change to the meetings it requires, can meet or unmeet them for every teacher
-- enrolled in it, so those statements rebuild the stage's teachers (once per statement).
-- The first argument is the column that names the stage, the rest the columns an update must
-- change to matter (as teacher_progress_summarise).
CREATE OR REPLACE FUNCTION stage_requirements_summarise() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_districts uuid[];
  v_stages uuid[];
  v_people uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(t.district_id), array_agg(t.k) INTO v_districts, v_stages
    FROM (SELECT DISTINCT n.district_id, (to_jsonb(n) ->> TG_ARGV[0])::uuid AS k FROM new_rows n) t;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(t.district_id), array_agg(t.k) INTO v_districts, v_stages
    FROM (SELECT DISTINCT o.district_id, (to_jsonb(o) ->> TG_ARGV[0])::uuid AS k FROM old_rows o) t;
  ELSE
    SELECT array_agg(t.district_id), array_agg(t.k) INTO v_districts, v_stages
    FROM (
      SELECT DISTINCT c.district_id, k FROM (
        SELECT o.district_id, to_jsonb(o) AS old_row, to_jsonb(n) AS new_row
        FROM old_rows o JOIN new_rows n USING (district_id, id)
      ) c
      CROSS JOIN LATERAL (VALUES ((c.old_row ->> TG_ARGV[0])::uuid),
        ((c.new_row ->> TG_ARGV[0])::uuid)) AS keys(k)
      WHERE EXISTS (SELECT 1 FROM unnest(TG_ARGV) AS col(name)
        WHERE c.old_row -> col.name IS DISTINCT FROM c.new_row -> col.name)
    ) t;
  END IF;
  IF v_stages IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT array_agg(e.district_id), array_agg(e.person_id) INTO v_districts, v_people
  FROM (SELECT DISTINCT e.district_id, e.person_id
    FROM unnest(v_districts, v_stages) AS w(district_id, stage_id)
    JOIN cohort c ON c.district_id = w.district_id AND c.stage_id = w.stage_id
    JOIN enrolment e ON e.district_id = c.district_id AND e.cohort_id = c.id) e;
  IF v_people IS NOT NULL THEN
    PERFORM refresh_teacher_progress(v_districts, v_people);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER micropd_session_requirements_insert AFTER INSERT ON micropd_session
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stage_requirements_summarise('stage_id');
--> statement-breakpoint
CREATE TRIGGER micropd_session_requirements_delete AFTER DELETE ON micropd_session
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stage_requirements_summarise('stage_id');
--> statement-breakpoint
CREATE TRIGGER micropd_session_requirements_update AFTER UPDATE ON micropd_session
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stage_requirements_summarise('stage_id');
--> statement-breakpoint
CREATE TRIGGER stage_requirements_update AFTER UPDATE ON stage
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION stage_requirements_summarise('id', 'meetings_required');
--> statement-breakpoint
-- Existing enrolments, from their facts, district by district (as migration 0022).
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM refresh_teacher_progress(array_agg(t.district_id), array_agg(t.person_id))
    FROM (
      SELECT district_id, person_id FROM enrolment WHERE district_id = d
      UNION
      SELECT district_id, person_id FROM meeting_attendance WHERE district_id = d
    ) t
    HAVING count(*) > 0;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
