-- The kept caseload row's one stage is the teacher's first program's (0054), so the order of
-- programs is part of it: reordering programs, or moving a stage to another program, rebuilds
-- the rows of the teachers enrolled in them at once, as every other write it depends on does.
CREATE OR REPLACE FUNCTION teacher_caseload_summarise() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_districts uuid[];
  v_keys uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(t.district_id), array_agg(t.k) INTO v_districts, v_keys
    FROM (SELECT DISTINCT n.district_id, (to_jsonb(n) ->> TG_ARGV[0])::uuid AS k FROM new_rows n) t
    WHERE t.k IS NOT NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(t.district_id), array_agg(t.k) INTO v_districts, v_keys
    FROM (SELECT DISTINCT o.district_id, (to_jsonb(o) ->> TG_ARGV[0])::uuid AS k FROM old_rows o) t
    WHERE t.k IS NOT NULL;
  ELSE
    SELECT array_agg(t.district_id), array_agg(t.k) INTO v_districts, v_keys
    FROM (
      SELECT DISTINCT c.district_id, k FROM (
        SELECT o.district_id, to_jsonb(o) AS old_row, to_jsonb(n) AS new_row
        FROM old_rows o JOIN new_rows n USING (district_id, id)
      ) c
      CROSS JOIN LATERAL (VALUES ((c.old_row ->> TG_ARGV[0])::uuid),
        ((c.new_row ->> TG_ARGV[0])::uuid)) AS keys(k)
      WHERE EXISTS (SELECT 1 FROM unnest(TG_ARGV) AS col(name)
        WHERE c.old_row -> col.name IS DISTINCT FROM c.new_row -> col.name)
    ) t
    WHERE t.k IS NOT NULL;
  END IF;
  IF v_keys IS NULL THEN
    RETURN NULL;
  END IF;
  -- From the touched rows' keys to their teachers.
  IF TG_TABLE_NAME = 'action_step' THEN
    SELECT array_agg(p.district_id), array_agg(p.person_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT p.district_id, p.person_id FROM action_plan p
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON p.district_id = w.district_id AND p.id = w.id) p;
  ELSIF TG_TABLE_NAME IN ('cohort', 'session_release') THEN
    SELECT array_agg(e.district_id), array_agg(e.person_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT e.district_id, e.person_id FROM enrolment e
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON e.district_id = w.district_id AND e.cohort_id = w.id) e;
  ELSIF TG_TABLE_NAME = 'program' THEN
    SELECT array_agg(e.district_id), array_agg(e.person_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT e.district_id, e.person_id FROM stage s
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON s.district_id = w.district_id AND s.program_id = w.id
      JOIN cohort c ON c.district_id = s.district_id AND c.stage_id = s.id
      JOIN enrolment e ON e.district_id = c.district_id AND e.cohort_id = c.id) e;
  ELSIF TG_TABLE_NAME IN ('stage', 'micropd_session') THEN
    SELECT array_agg(e.district_id), array_agg(e.person_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT e.district_id, e.person_id FROM cohort c
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON c.district_id = w.district_id AND c.stage_id = w.id
      JOIN enrolment e ON e.district_id = c.district_id AND e.cohort_id = c.id) e;
  END IF;
  IF v_keys IS NOT NULL THEN
    PERFORM refresh_teacher_caseload(v_districts, v_keys);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER program_caseload_update AFTER UPDATE ON program
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_caseload_summarise('id', 'position');
--> statement-breakpoint
DROP TRIGGER stage_caseload_update ON stage;
--> statement-breakpoint
CREATE TRIGGER stage_caseload_update AFTER UPDATE ON stage
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_caseload_summarise('id', 'position', 'title',
    'meetings_required', 'requires_confirmation', 'program_id');
