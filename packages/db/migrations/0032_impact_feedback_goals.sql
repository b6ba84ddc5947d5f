CREATE TABLE "teacher_feedback_day" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	"answered" integer NOT NULL,
	"usefulness_sum" integer NOT NULL,
	"useful" integer NOT NULL,
	"will_use_answered" integer NOT NULL,
	"will_use_yes" integer NOT NULL,
	"skipped" integer NOT NULL,
	CONSTRAINT "teacher_feedback_day_district_id_person_id_day_pk" PRIMARY KEY("district_id","person_id","day")
);
--> statement-breakpoint
CREATE TABLE "team_goal_measures" (
	"district_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"team_name" text NOT NULL,
	"members" integer NOT NULL,
	"measure" text NOT NULL,
	"unit" text NOT NULL,
	"baseline_value" double precision NOT NULL,
	"target_value" double precision NOT NULL,
	"starts_on" date NOT NULL,
	"target_on" date NOT NULL,
	"measures" jsonb NOT NULL,
	CONSTRAINT "team_goal_measures_district_id_goal_id_pk" PRIMARY KEY("district_id","goal_id")
);
--> statement-breakpoint
ALTER TABLE "teacher_feedback_day" ADD CONSTRAINT "teacher_feedback_day_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_goal_measures" ADD CONSTRAINT "team_goal_measures_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The impact report's rebuild of a teacher (migration 0030) now also counts their
-- session-feedback pulses per local day.
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
  -- minutes (else the planned length); badges not revoked, their PD minutes.
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
-- Pulses written, answered, skipped or deleted rebuild their teacher, through the trigger
-- function of migration 0030 (the first argument leads to the teacher).
CREATE TRIGGER session_feedback_impact_insert AFTER INSERT ON session_feedback
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('person_id', 'usefulness',
    'will_use', 'skipped_at', 'created_at');
--> statement-breakpoint
CREATE TRIGGER session_feedback_impact_update AFTER UPDATE ON session_feedback
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('person_id', 'usefulness',
    'will_use', 'skipped_at', 'created_at');
--> statement-breakpoint
CREATE TRIGGER session_feedback_impact_delete AFTER DELETE ON session_feedback
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise('person_id', 'usefulness',
    'will_use', 'skipped_at', 'created_at');
--> statement-breakpoint
-- Rebuilds the given goals' rows (pairs of district and goal) from the goal, its team, the
-- team's members and the checkpoints with a recorded measure. A goal that no longer exists
-- leaves no row.
CREATE OR REPLACE FUNCTION refresh_team_goal_measures(p_districts uuid[], p_goals uuid[])
RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM team_goal_measures s
  USING unnest(p_districts, p_goals) AS w(district_id, goal_id)
  WHERE s.district_id = w.district_id AND s.goal_id = w.goal_id;

  INSERT INTO team_goal_measures (district_id, goal_id, team_id, school_id, team_name, members,
    measure, unit, baseline_value, target_value, starts_on, target_on, measures)
  SELECT g.district_id, g.id, t.id, t.school_id, t.name,
    (SELECT count(*) FROM team_member m
      WHERE m.district_id = t.district_id AND m.team_id = t.id)::int,
    g.measure, g.unit::text, g.baseline_value, g.target_value, g.starts_on, g.target_on,
    coalesce((SELECT jsonb_agg(jsonb_build_object('on', c.planned_on, 'value', c.measure_value)
        ORDER BY c.planned_on)
      FROM team_goal_checkpoint c
      WHERE c.district_id = g.district_id AND c.goal_id = g.id AND c.measure_value IS NOT NULL),
      '[]'::jsonb)
  FROM (SELECT DISTINCT w.district_id, w.goal_id
    FROM unnest(p_districts, p_goals) AS w(district_id, goal_id)) w
  JOIN team_goal g ON g.district_id = w.district_id AND g.id = w.goal_id
  JOIN team t ON t.district_id = g.district_id AND t.id = g.team_id;
$$;
--> statement-breakpoint
-- One trigger function for goals, checkpoints, teams and members: the first argument is the
-- column that leads to the goals (a goal's id, a checkpoint's goal, a team's or member's team),
-- the rest the columns the row reads; an update changing none of them rebuilds nothing.
CREATE OR REPLACE FUNCTION team_goal_summarise() RETURNS trigger
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
  -- From teams to their goals.
  IF TG_TABLE_NAME IN ('team', 'team_member') THEN
    SELECT array_agg(g.district_id), array_agg(g.id) INTO v_districts, v_keys
    FROM team_goal g JOIN unnest(v_districts, v_keys) AS w(district_id, team_id)
      ON g.district_id = w.district_id AND g.team_id = w.team_id;
  END IF;
  IF v_keys IS NOT NULL THEN
    PERFORM refresh_team_goal_measures(v_districts, v_keys);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
DO $$
DECLARE
  t record;
  args text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('team_goal', 'id, team_id, measure, unit, baseline_value, target_value, starts_on, target_on', true),
    ('team_goal_checkpoint', 'goal_id, planned_on, measure_value', true),
    ('team_member', 'team_id', true),
    ('team', 'id, school_id, name', false)
  ) AS v(tbl, cols, every_write) LOOP
    SELECT string_agg(quote_literal(btrim(c)), ', ') INTO args
    FROM unnest(string_to_array(t.cols, ',')) AS c;
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION team_goal_summarise(%s)',
      t.tbl || '_goal_measures_update', t.tbl, args);
    IF t.every_write THEN
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION team_goal_summarise(%s)',
        t.tbl || '_goal_measures_insert', t.tbl, args);
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION team_goal_summarise(%s)',
        t.tbl || '_goal_measures_delete', t.tbl, args);
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
-- Existing rows, once, district by district (the tenant policy is forced on the owner too).
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM refresh_teacher_impact(array_agg(t.district_id), array_agg(t.person_id))
    FROM (SELECT DISTINCT district_id, person_id FROM session_feedback WHERE district_id = d) t
    HAVING count(*) > 0;
    PERFORM refresh_team_goal_measures(array_agg(g.district_id), array_agg(g.id))
    FROM team_goal g WHERE g.district_id = d
    HAVING count(*) > 0;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
