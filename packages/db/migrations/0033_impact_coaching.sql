-- Logged coaching joins the impact report's PD time when the district counts it as PD, as it
-- joined the transcript (packages/db/src/queries/enrolments/transcript.ts).
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

  -- Walkthroughs only, published, rated: never a coaching observation, whatever its sharing.
  INSERT INTO observed_level_day (district_id, person_id, indicator_id, observed_on, level_rank)
  SELECT o.district_id, o.teacher_id, r.indicator_id, o.observed_on, max(r.level_rank)
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  JOIN observation o ON o.district_id = w.district_id AND o.teacher_id = w.person_id
  JOIN observation_rating r ON r.district_id = o.district_id AND r.observation_id = o.id
  WHERE o.kind = 'walkthrough' AND o.status = 'published' AND r.level_rank IS NOT NULL
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
-- The trigger function of migration 0030, now also finding the teachers of a logged
-- interaction whose day or minutes changed.
CREATE OR REPLACE FUNCTION teacher_impact_summarise() RETURNS trigger
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
  IF TG_TABLE_NAME = 'observation_rating' THEN
    SELECT array_agg(o.district_id), array_agg(o.teacher_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT o.district_id, o.teacher_id FROM observation o
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON o.district_id = w.district_id AND o.id = w.id) o;
  ELSIF TG_TABLE_NAME = 'self_assessment_rating' THEN
    SELECT array_agg(a.district_id), array_agg(a.teacher_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT a.district_id, a.teacher_id FROM self_assessment a
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON a.district_id = w.district_id AND a.id = w.id) a;
  ELSIF TG_TABLE_NAME = 'coaching_interaction' THEN
    SELECT array_agg(ct.district_id), array_agg(ct.teacher_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT ct.district_id, ct.teacher_id FROM coaching_interaction_teacher ct
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON ct.district_id = w.district_id AND ct.interaction_id = w.id) ct;
  ELSIF TG_TABLE_NAME = 'support_meeting' THEN
    SELECT array_agg(a.district_id), array_agg(a.person_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT a.district_id, a.person_id FROM meeting_attendance a
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON a.district_id = w.district_id AND a.meeting_id = w.id) a;
  ELSIF TG_TABLE_NAME = 'cohort' THEN
    SELECT array_agg(e.district_id), array_agg(e.person_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT e.district_id, e.person_id FROM enrolment e
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON e.district_id = w.district_id AND e.cohort_id = w.id) e;
  ELSIF TG_TABLE_NAME = 'micropd_session' THEN
    SELECT array_agg(pr.district_id), array_agg(pr.person_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT pr.district_id, pr.person_id FROM micropd_progress pr
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON pr.district_id = w.district_id AND pr.session_id = w.id) pr;
  END IF;
  IF v_keys IS NOT NULL THEN
    PERFORM refresh_teacher_impact(v_districts, v_keys);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER coaching_interaction_teacher_impact_insert AFTER INSERT ON coaching_interaction_teacher
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('teacher_id', 'interaction_id');
--> statement-breakpoint
CREATE TRIGGER coaching_interaction_teacher_impact_update AFTER UPDATE ON coaching_interaction_teacher
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('teacher_id', 'interaction_id');
--> statement-breakpoint
CREATE TRIGGER coaching_interaction_teacher_impact_delete AFTER DELETE ON coaching_interaction_teacher
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('teacher_id', 'interaction_id');
--> statement-breakpoint
CREATE TRIGGER coaching_interaction_impact_update AFTER UPDATE ON coaching_interaction
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('id', 'occurred_on', 'minutes');
--> statement-breakpoint
-- A district's time zone, or whether it counts coaching as PD, changes its teachers' days.
CREATE OR REPLACE FUNCTION teacher_impact_time_zone() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_districts uuid[];
  v_people uuid[];
BEGIN
  SELECT array_agg(t.district_id), array_agg(t.person_id) INTO v_districts, v_people
  FROM (
    SELECT s.district_id, s.person_id FROM teacher_pd_day s
    JOIN new_rows n ON n.id = s.district_id
    JOIN old_rows o ON o.id = n.id
    WHERE n.time_zone IS DISTINCT FROM o.time_zone
      OR n.coaching_counts_as_pd IS DISTINCT FROM o.coaching_counts_as_pd
    UNION
    SELECT ct.district_id, ct.teacher_id FROM coaching_interaction_teacher ct
    JOIN new_rows n ON n.id = ct.district_id
    JOIN old_rows o ON o.id = n.id
    WHERE n.coaching_counts_as_pd IS DISTINCT FROM o.coaching_counts_as_pd
  ) t;
  IF v_people IS NOT NULL THEN
    PERFORM refresh_teacher_impact(v_districts, v_people);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district WHERE coaching_counts_as_pd LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM refresh_teacher_impact(array_agg(t.district_id), array_agg(t.teacher_id))
    FROM (SELECT DISTINCT district_id, teacher_id FROM coaching_interaction_teacher
      WHERE district_id = d) t
    HAVING count(*) > 0;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
