-- The impact report's observed levels read evaluation ratings imported from another system
-- (imported_rating) beside published walkthroughs: the function of migration 0033 with only its
-- observed-level statement changed. Coaching observations still never enter.
CREATE OR REPLACE FUNCTION refresh_teacher_impact(p_districts uuid[], p_people uuid[])
RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM teacher_pd_day s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  DELETE FROM observed_level_day s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  DELETE FROM self_assessed_level_day s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  DELETE FROM teacher_feedback_day s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  -- Each activity with its moment and minutes, then summed per local day in the district's time
  -- zone. Workshops attended count the cohort's workshop length on its day (or the day the
  -- teacher enrolled while it has none); sessions the minutes credited at completion (else the
  -- estimate); meetings held (closed) with the teacher present, on the day held, their held
  -- minutes (else the planned length); badges not revoked, their PD minutes; logged coaching
  -- when the district counts it (its day and minutes only, never its note).
  INSERT INTO teacher_pd_day (district_id, person_id, day, kind, activities, minutes, tenths)
  SELECT a.district_id, a.person_id, (a.at AT TIME ZONE d.time_zone)::date, a.kind,
    count(*)::int, sum(a.minutes)::int, sum(round(a.minutes::numeric / 6))::int
  FROM (
    SELECT e.district_id, e.person_id, coalesce(c.workshop_starts_at, e.enrolled_at) AS at,
      'workshop' AS kind, c.workshop_minutes AS minutes
    FROM (SELECT DISTINCT w.district_id, w.person_id
      FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
    JOIN enrolment e ON e.district_id = w.district_id AND e.person_id = w.person_id
    JOIN cohort c ON c.district_id = e.district_id AND c.id = e.cohort_id
    WHERE e.workshop_attended
    UNION ALL
    SELECT pr.district_id, pr.person_id, pr.completed_at, 'micropd',
      coalesce(pr.credited_minutes, ms.estimated_minutes)
    FROM (SELECT DISTINCT w.district_id, w.person_id
      FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
    JOIN micropd_progress pr ON pr.district_id = w.district_id AND pr.person_id = w.person_id
    JOIN micropd_session ms ON ms.district_id = pr.district_id AND ms.id = pr.session_id
    WHERE pr.completed_at IS NOT NULL
    UNION ALL
    SELECT a.district_id, a.person_id, coalesce(m.started_at, m.closed_at, m.starts_at),
      'support_meeting',
      greatest(0, coalesce(m.held_minutes, round(extract(epoch FROM m.ends_at - m.starts_at) / 60)))
    FROM (SELECT DISTINCT w.district_id, w.person_id
      FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
    JOIN meeting_attendance a ON a.district_id = w.district_id AND a.person_id = w.person_id
    JOIN support_meeting m ON m.district_id = a.district_id AND m.id = a.meeting_id
    WHERE a.attendance = 'present' AND m.status = 'closed'
    UNION ALL
    SELECT b.district_id, b.person_id, b.awarded_at, 'micro_credential', b.pd_minutes
    FROM (SELECT DISTINCT w.district_id, w.person_id
      FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
    JOIN awarded_badge b ON b.district_id = w.district_id AND b.person_id = w.person_id
    WHERE b.revoked_at IS NULL
    UNION ALL
    -- Coaching a coach logged with the teacher, when the district counts it as PD: logged as a
    -- calendar day, so dated at that day's local noon to fall on it.
    SELECT ct.district_id, ct.teacher_id,
      (ci.occurred_on + time '12:00') AT TIME ZONE cd.time_zone, 'coaching', ci.minutes
    FROM (SELECT DISTINCT w.district_id, w.person_id
      FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
    JOIN coaching_interaction_teacher ct
      ON ct.district_id = w.district_id AND ct.teacher_id = w.person_id
    JOIN coaching_interaction ci ON ci.district_id = ct.district_id AND ci.id = ct.interaction_id
    JOIN district cd ON cd.id = ci.district_id
    WHERE cd.coaching_counts_as_pd
  ) a
  JOIN district d ON d.id = a.district_id
  GROUP BY 1, 2, 3, 4;

  -- Evaluation data only: published, rated walkthroughs and evaluation ratings imported from
  -- another system; never a coaching observation, whatever its sharing. A day rated by both
  -- keeps the higher level, as two walkthroughs on one day do.
  INSERT INTO observed_level_day (district_id, person_id, indicator_id, observed_on, level_rank)
  SELECT l.district_id, l.person_id, l.indicator_id, l.observed_on, max(l.level_rank)
  FROM (
    SELECT o.district_id, o.teacher_id AS person_id, r.indicator_id, o.observed_on,
      r.level_rank
    FROM (SELECT DISTINCT w.district_id, w.person_id
      FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
    JOIN observation o ON o.district_id = w.district_id AND o.teacher_id = w.person_id
    JOIN observation_rating r ON r.district_id = o.district_id AND r.observation_id = o.id
    WHERE o.kind = 'walkthrough' AND o.status = 'published' AND r.level_rank IS NOT NULL
    UNION ALL
    SELECT i.district_id, i.person_id, i.indicator_id, i.rated_on, i.level_rank
    FROM (SELECT DISTINCT w.district_id, w.person_id
      FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
    JOIN imported_rating i ON i.district_id = w.district_id AND i.person_id = w.person_id
  ) l
  GROUP BY 1, 2, 3, 4;

  -- Every self-assessment (the report shows them only as figures of three or more teachers);
  -- the latest written that day when there were several.
  INSERT INTO self_assessed_level_day (district_id, person_id, indicator_id, assessed_on,
    level_rank)
  SELECT a.district_id, a.teacher_id, r.indicator_id, a.assessed_on,
    (array_agg(r.level_rank ORDER BY a.created_at DESC, a.id))[1]
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  JOIN self_assessment a ON a.district_id = w.district_id AND a.teacher_id = w.person_id
  JOIN self_assessment_rating r ON r.district_id = a.district_id AND r.self_assessment_id = a.id
  GROUP BY 1, 2, 3, 4;

  -- Session-feedback pulses as counts per local day they were first given: never an answer
  -- or a comment of one teacher.
  INSERT INTO teacher_feedback_day (district_id, person_id, day, answered, usefulness_sum,
    useful, will_use_answered, will_use_yes, skipped)
  SELECT f.district_id, f.person_id, (f.created_at AT TIME ZONE d.time_zone)::date,
    count(f.usefulness)::int, coalesce(sum(f.usefulness), 0)::int,
    count(*) FILTER (WHERE f.usefulness >= 3)::int,
    count(f.will_use)::int, count(*) FILTER (WHERE f.will_use = 'yes')::int,
    count(*) FILTER (WHERE f.skipped_at IS NOT NULL)::int
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  JOIN session_feedback f ON f.district_id = w.district_id AND f.person_id = w.person_id
  JOIN district d ON d.id = f.district_id
  GROUP BY 1, 2, 3;
$$;
--> statement-breakpoint
-- Importing, correcting or deleting evaluation ratings rebuilds the teachers they name, through
-- the trigger function of migration 0033 (its first argument leads to the teacher; an update
-- that changes none of the listed columns rebuilds nothing).
CREATE TRIGGER imported_rating_impact_insert AFTER INSERT ON imported_rating
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('person_id', 'indicator_id',
    'level_rank', 'rated_on');
--> statement-breakpoint
CREATE TRIGGER imported_rating_impact_update AFTER UPDATE ON imported_rating
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('person_id', 'indicator_id',
    'level_rank', 'rated_on');
--> statement-breakpoint
CREATE TRIGGER imported_rating_impact_delete AFTER DELETE ON imported_rating
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('person_id', 'indicator_id',
    'level_rank', 'rated_on');
--> statement-breakpoint
-- Ratings imported before this migration, summed up once, district by district (the tenant
-- policy is forced on the tables' owner too, so the district is set as a request sets it).
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM refresh_teacher_impact(array_agg(t.district_id), array_agg(t.person_id))
    FROM (SELECT DISTINCT district_id, person_id FROM imported_rating WHERE district_id = d) t
    HAVING count(*) > 0;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
