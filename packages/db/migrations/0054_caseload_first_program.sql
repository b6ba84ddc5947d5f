-- A teacher has a current stage in each program she is in; where one stage is needed (the
-- caseload's single stage, its MicroPD pace and plan-step flags) it is her current stage of her
-- first program (domain rules/current-stage, as the plan page and meeting commitments read it),
-- not the highest stage number of any program: stage numbers count inside a program. So the
-- kept caseload row's current enrolment is her first program's (by the program's position),
-- then its highest stage, then the last cohort by name. A program reordered later is read by
-- the next write that rebuilds the teacher's row.
CREATE OR REPLACE FUNCTION refresh_teacher_caseload(p_districts uuid[], p_people uuid[])
RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM teacher_caseload_summary s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  INSERT INTO teacher_caseload_summary (district_id, person_id, enrolment_id, release_mode,
    stage_position, stage_title, meetings_required, requires_confirmation, workshop_attended,
    confirmed_at, enrolled_at, enrolled_since, sessions_total, step_statuses, step_due_on,
    unfinished_releases_at, last_observed_on)
  SELECT w.district_id, w.person_id, cur.id, cur.release_mode, cur.stage_position,
    cur.stage_title, cur.meetings_required, cur.requires_confirmation, cur.workshop_attended,
    cur.confirmed_at, cur.enrolled_at, cur.enrolled_since,
    CASE WHEN cur.id IS NOT NULL THEN (SELECT count(*)::int FROM micropd_session ms
      WHERE ms.district_id = cur.district_id AND ms.stage_id = cur.stage_id) END,
    steps.statuses, steps.due_on, releases.releases_at, seen.observed_on
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  LEFT JOIN LATERAL (
    SELECT e.id, e.district_id, e.cohort_id, e.enrolled_at, e.workshop_attended,
      e.confirmed_at, c.release_mode, s.id AS stage_id, s.position AS stage_position,
      s.title AS stage_title, s.meetings_required, s.requires_confirmation,
      min(e.enrolled_at) OVER () AS enrolled_since
    FROM enrolment e
    JOIN cohort c ON c.district_id = e.district_id AND c.id = e.cohort_id
    JOIN stage s ON s.district_id = c.district_id AND s.id = c.stage_id
    WHERE e.district_id = w.district_id AND e.person_id = w.person_id
      AND e.status <> 'withdrawn'
    ORDER BY (SELECT pr.position FROM program pr
        WHERE pr.district_id = s.district_id AND pr.id = s.program_id),
      s.position DESC, c.name DESC
    LIMIT 1
  ) cur ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(st.status::text ORDER BY st.position) AS statuses,
      array_agg(st.due_on ORDER BY st.position) AS due_on
    FROM action_plan ap
    JOIN action_step st ON st.district_id = ap.district_id AND st.plan_id = ap.id
    WHERE ap.district_id = w.district_id AND ap.person_id = w.person_id
      AND ap.stage_id = cur.stage_id
  ) steps ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(r.releases_at ORDER BY r.releases_at) AS releases_at
    FROM session_release r
    WHERE r.district_id = cur.district_id AND r.cohort_id = cur.cohort_id
      AND NOT EXISTS (
        SELECT 1 FROM micropd_progress mp
        WHERE mp.district_id = r.district_id AND mp.person_id = w.person_id
          AND mp.session_id = r.session_id AND mp.completed_at IS NOT NULL)
  ) releases ON true
  LEFT JOIN LATERAL (
    SELECT o.observed_on FROM observation o
    WHERE o.district_id = w.district_id AND o.teacher_id = w.person_id
      AND o.kind = 'coaching' AND o.status = 'published'
    ORDER BY o.observed_on DESC
    LIMIT 1
  ) seen ON true
  WHERE cur.id IS NOT NULL OR seen.observed_on IS NOT NULL;
$$;
--> statement-breakpoint
-- Every kept row again, district by district: the tenant policy is forced on the tables' owner
-- too, so an owner that is not a superuser sees a district's rows only with that district set.
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM refresh_teacher_caseload(array_agg(t.district_id), array_agg(t.person_id))
    FROM (
      SELECT district_id, person_id FROM enrolment WHERE district_id = d
      UNION
      SELECT district_id, teacher_id FROM observation WHERE district_id = d
    ) t
    HAVING count(*) > 0;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
