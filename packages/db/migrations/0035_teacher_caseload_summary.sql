CREATE TABLE "teacher_caseload_summary" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"enrolment_id" uuid,
	"release_mode" "release_mode",
	"stage_position" integer,
	"stage_title" text,
	"meetings_required" integer,
	"requires_confirmation" boolean,
	"workshop_attended" boolean,
	"confirmed_at" timestamp with time zone,
	"enrolled_at" timestamp with time zone,
	"enrolled_since" timestamp with time zone,
	"sessions_total" integer,
	"step_statuses" text[],
	"step_due_on" date[],
	"unfinished_releases_at" timestamp with time zone[],
	"last_observed_on" date,
	CONSTRAINT "teacher_caseload_summary_district_id_person_id_pk" PRIMARY KEY("district_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "teacher_caseload_summary" ADD CONSTRAINT "teacher_caseload_summary_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Rebuilds the given teachers' caseload rows (pairs of district and person) from their rows, as
-- the caseload read them per member before (packages/db/src/queries/caseload/caseload-facts.ts;
-- caseload-summary.test.ts holds the two equal): the current enrolment is the highest stage's,
-- then the last cohort by name, among enrolments not withdrawn; its stage's session count, the
-- plan steps of that stage by position, the releases of its cohort whose session she has not
-- completed, and her last published coaching observation. A teacher with neither a current
-- enrolment nor such an observation has no row.
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
    ORDER BY s.position DESC, c.name DESC
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
-- Each statement that writes a row these facts come from rebuilds the teachers it touched once,
-- in one set-based pass. The trigger's first argument is the column that leads to the teachers,
-- the rest the columns the facts read: an update that changes none of them rebuilds nothing.
-- A step leads to its plan's teacher; a cohort or a release to the cohort's enrolled teachers;
-- a stage or a session (the stage's session count) to the teachers enrolled in its cohorts.
-- A parent deleted with its children is covered by the children's or the parent's trigger.
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
-- The triggers: on the tables whose rows name the teacher or lead to her, for every write; on
-- cohorts and stages for updates alone (deleting one deletes its enrolments, whose triggers
-- rebuild; a new one has no enrolments yet).
DO $$
DECLARE
  t record;
  args text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('enrolment', 'person_id, cohort_id, status, enrolled_at, workshop_attended, confirmed_at', true),
    ('micropd_progress', 'person_id, session_id, completed_at', true),
    ('action_plan', 'person_id, stage_id', true),
    ('action_step', 'plan_id, position, status, due_on', true),
    ('observation', 'teacher_id, kind, status, observed_on', true),
    ('session_release', 'cohort_id, session_id, releases_at', true),
    ('micropd_session', 'stage_id', true),
    ('cohort', 'id, stage_id, name, release_mode', false),
    ('stage', 'id, position, title, meetings_required, requires_confirmation', false)
  ) AS v(tbl, cols, every_write) LOOP
    -- The columns as the trigger's arguments: 'person_id', 'cohort_id', …
    SELECT string_agg(quote_literal(btrim(c)), ', ') INTO args
    FROM unnest(string_to_array(t.cols, ',')) AS c;
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION teacher_caseload_summarise(%s)',
      t.tbl || '_caseload_update', t.tbl, args);
    IF t.every_write THEN
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION teacher_caseload_summarise(%s)',
        t.tbl || '_caseload_insert', t.tbl, args);
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION teacher_caseload_summarise(%s)',
        t.tbl || '_caseload_delete', t.tbl, args);
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
-- Existing rows, once, district by district: the tenant policy is forced on the tables' owner
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
