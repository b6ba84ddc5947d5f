CREATE TABLE "observed_level_day" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"observed_on" date NOT NULL,
	"level_rank" integer NOT NULL,
	CONSTRAINT "observed_level_day_pk" PRIMARY KEY("district_id","person_id","indicator_id","observed_on")
);
--> statement-breakpoint
CREATE TABLE "self_assessed_level_day" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"assessed_on" date NOT NULL,
	"level_rank" integer NOT NULL,
	CONSTRAINT "self_assessed_level_day_pk" PRIMARY KEY("district_id","person_id","indicator_id","assessed_on")
);
--> statement-breakpoint
CREATE TABLE "teacher_pd_day" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"activities" integer NOT NULL,
	"minutes" integer NOT NULL,
	"tenths" integer NOT NULL,
	CONSTRAINT "teacher_pd_day_district_id_person_id_day_kind_pk" PRIMARY KEY("district_id","person_id","day","kind")
);
--> statement-breakpoint
ALTER TABLE "observed_level_day" ADD CONSTRAINT "observed_level_day_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessed_level_day" ADD CONSTRAINT "self_assessed_level_day_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_pd_day" ADD CONSTRAINT "teacher_pd_day_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Rebuilds the impact report's rows of the given teachers (pairs of district and person) from
-- their records: PD time per local day and kind as the transcript counts it
-- (packages/db/src/queries/enrolments/transcript.ts holds the same rules in TypeScript; the
-- impact-summary tests check the two agree), and walkthrough levels per indicator and day.
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
$$;
--> statement-breakpoint
-- One trigger function for every table the report's summaries read, as teacher_progress_summarise
-- (migration 0022): the first argument is the column that leads to the teachers, the rest the
-- columns the figures read; an update that changes none of them rebuilds nothing. Rows whose
-- teacher is found through a parent (a rating's observation, a meeting's attendance) look her up
-- after the statement.
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
-- The triggers: on the tables whose rows name the teacher or lead to her, for every write; on
-- meetings, cohorts and sessions for updates alone (deleting one deletes its
-- attendance, enrolments or progress, whose triggers rebuild; a new one has none yet).
DO $$
DECLARE
  t record;
  args text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('micropd_progress', 'person_id, session_id, completed_at, credited_minutes', true),
    ('meeting_attendance', 'person_id, meeting_id, attendance', true),
    ('enrolment', 'person_id, cohort_id, enrolled_at, workshop_attended', true),
    ('awarded_badge', 'person_id, awarded_at, pd_minutes, revoked_at', true),
    ('observation', 'teacher_id, kind, status, observed_on', true),
    ('observation_rating', 'observation_id, indicator_id, level_rank', true),
    ('self_assessment', 'teacher_id, assessed_on', true),
    ('self_assessment_rating', 'self_assessment_id, indicator_id, level_rank', true),
    ('support_meeting', 'id, status, starts_at, ends_at, started_at, closed_at, held_minutes', false),
    ('cohort', 'id, workshop_starts_at, workshop_minutes', false),
    ('micropd_session', 'id, estimated_minutes', false)
  ) AS v(tbl, cols, every_write) LOOP
    SELECT string_agg(quote_literal(btrim(c)), ', ') INTO args
    FROM unnest(string_to_array(t.cols, ',')) AS c;
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise(%s)',
      t.tbl || '_impact_update', t.tbl, args);
    IF t.every_write THEN
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise(%s)',
        t.tbl || '_impact_insert', t.tbl, args);
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_summarise(%s)',
        t.tbl || '_impact_delete', t.tbl, args);
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
-- A district's time zone moves the day each of its teachers' activities falls on.
CREATE OR REPLACE FUNCTION teacher_impact_time_zone() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_districts uuid[];
  v_people uuid[];
BEGIN
  SELECT array_agg(t.district_id), array_agg(t.person_id) INTO v_districts, v_people
  FROM (SELECT DISTINCT s.district_id, s.person_id FROM teacher_pd_day s
    JOIN new_rows n ON n.id = s.district_id
    JOIN old_rows o ON o.id = n.id
    WHERE n.time_zone IS DISTINCT FROM o.time_zone) t;
  IF v_people IS NOT NULL THEN
    PERFORM refresh_teacher_impact(v_districts, v_people);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER district_impact_time_zone AFTER UPDATE ON district
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_impact_time_zone();
--> statement-breakpoint
-- Existing rows, summed up once, district by district (the tenant policy is forced on the
-- tables' owner too, so the district is set as a request sets it).
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM refresh_teacher_impact(array_agg(t.district_id), array_agg(t.person_id))
    FROM (
      SELECT district_id, person_id FROM enrolment WHERE district_id = d
      UNION
      SELECT district_id, person_id FROM meeting_attendance WHERE district_id = d
      UNION
      SELECT district_id, person_id FROM micropd_progress WHERE district_id = d
      UNION
      SELECT district_id, person_id FROM awarded_badge WHERE district_id = d
      UNION
      SELECT district_id, teacher_id FROM observation WHERE district_id = d
      UNION
      SELECT district_id, teacher_id FROM self_assessment WHERE district_id = d
    ) t
    HAVING count(*) > 0;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
