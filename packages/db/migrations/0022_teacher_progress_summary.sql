CREATE TABLE "enrolment_progress_summary" (
	"district_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"sessions_completed" integer NOT NULL,
	"meetings_attended" integer NOT NULL,
	"has_completed_action_step" boolean NOT NULL,
	CONSTRAINT "enrolment_progress_summary_district_id_enrolment_id_pk" PRIMARY KEY("district_id","enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "teacher_meeting_year" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"year_start" date NOT NULL,
	"attended" integer NOT NULL,
	"minutes" integer NOT NULL,
	CONSTRAINT "teacher_meeting_year_district_id_person_id_year_start_pk" PRIMARY KEY("district_id","person_id","year_start")
);
--> statement-breakpoint
ALTER TABLE "enrolment_progress_summary" ADD CONSTRAINT "enrolment_progress_summary_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_meeting_year" ADD CONSTRAINT "teacher_meeting_year_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "enrolment_progress_summary_person_idx" ON "enrolment_progress_summary" USING btree ("district_id","person_id");--> statement-breakpoint
CREATE INDEX "support_meeting_starts_idx" ON "support_meeting" USING btree ("district_id","starts_at");--> statement-breakpoint
-- Rebuilds both summaries of the given teachers (pairs of district and person) from their rows:
-- the same figures the dashboards computed from every attendance row and every enrolment's
-- sessions, meetings and action steps per request (packages/db/src/queries/stage-progress.ts and
-- dashboard-facts.ts hold the rules in TypeScript; dashboard-summary tests check they agree).
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

  -- wasAttended (domain rules/meeting-attended): held, that is closed, and present. A school year
  -- runs from 1 August (UTC) by the meeting's start, as the dashboard window; meetings closed
  -- before held minutes were recorded count their planned length.
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

  -- Every enrolment, withdrawn or not (the dashboards leave withdrawn ones out as they read).
  -- Sessions: the stage's sessions she completed. Meetings: held with her present, on a day
  -- since she enrolled, by the day it was held (meetingHeldAt). Action step: done with evidence
  -- (a link, words or a file; blank text does not count) and a reflection
  -- (isStepCompleteWithEvidence).
  INSERT INTO enrolment_progress_summary (district_id, enrolment_id, person_id,
    sessions_completed, meetings_attended, has_completed_action_step)
  SELECT e.district_id, e.id, e.person_id,
    (SELECT count(*) FROM micropd_progress pr
      WHERE pr.district_id = e.district_id AND pr.person_id = e.person_id
        AND pr.completed_at IS NOT NULL
        AND pr.session_id = any(array(
          SELECT ms.id FROM micropd_session ms
          WHERE ms.district_id = c.district_id AND ms.stage_id = c.stage_id)))::int,
    (SELECT count(*) FROM meeting_attendance a
      JOIN support_meeting m ON m.district_id = a.district_id AND m.id = a.meeting_id
      WHERE a.district_id = e.district_id AND a.person_id = e.person_id
        AND a.attendance = 'present' AND m.status = 'closed'
        AND coalesce(m.started_at, m.closed_at, m.starts_at) >= e.enrolled_at)::int,
    EXISTS (
      SELECT 1 FROM action_plan p
      JOIN action_step s ON s.district_id = p.district_id AND s.plan_id = p.id
      WHERE p.district_id = e.district_id AND p.person_id = e.person_id
        AND p.stage_id = c.stage_id AND s.status = 'done'
        AND (btrim(coalesce(s.evidence_url, '')) <> ''
          OR btrim(coalesce(s.evidence_text, '')) <> ''
          OR EXISTS (SELECT 1 FROM evidence_file f
            WHERE f.district_id = s.district_id AND f.step_id = s.id))
        AND btrim(coalesce(s.reflection, '')) <> '')
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  JOIN enrolment e ON e.district_id = w.district_id AND e.person_id = w.person_id
  JOIN cohort c ON c.district_id = e.district_id AND c.id = e.cohort_id;
$$;
--> statement-breakpoint
-- One trigger function for every table a figure reads: each statement rebuilds the teachers it
-- touched once, in one set-based pass (a roster import of thousands of enrolments included).
-- The trigger's first argument is the column that leads to the teachers, the rest the columns
-- the figures read: an update that changes none of them (a reflection draft saved as the teacher
-- types, a meeting moving to its next agenda item) rebuilds nothing. Rows whose teacher is found
-- through a parent (a step's plan, a meeting's attendance) look her up after the statement; a
-- parent deleted with its children is covered by the parent's own trigger.
CREATE OR REPLACE FUNCTION teacher_progress_summarise() RETURNS trigger
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
    FROM action_plan p JOIN unnest(v_districts, v_keys) AS w(district_id, id)
      ON p.district_id = w.district_id AND p.id = w.id;
  ELSIF TG_TABLE_NAME = 'evidence_file' THEN
    SELECT array_agg(p.district_id), array_agg(p.person_id) INTO v_districts, v_keys
    FROM (SELECT DISTINCT p.district_id, p.person_id
      FROM action_step s
      JOIN unnest(v_districts, v_keys) AS w(district_id, id)
        ON s.district_id = w.district_id AND s.id = w.id
      JOIN action_plan p ON p.district_id = s.district_id AND p.id = s.plan_id) p;
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
    PERFORM refresh_teacher_progress(v_districts, v_keys);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- The triggers: on the tables whose rows name the teacher, or lead to her, for every write; on
-- meetings, cohorts and sessions for updates alone (deleting one deletes its attendance,
-- enrolments or progress, whose triggers rebuild; a new one has none yet).
DO $$
DECLARE
  t record;
  args text;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('micropd_progress', 'person_id, session_id, completed_at', true),
    ('meeting_attendance', 'person_id, meeting_id, attendance', true),
    ('enrolment', 'person_id, cohort_id, enrolled_at', true),
    ('action_plan', 'person_id, stage_id', true),
    ('action_step', 'plan_id, status, evidence_url, evidence_text, reflection', true),
    ('evidence_file', 'step_id', true),
    ('support_meeting', 'id, status, starts_at, ends_at, started_at, closed_at, held_minutes', false),
    ('cohort', 'id, stage_id', false),
    ('micropd_session', 'id, stage_id', false)
  ) AS v(tbl, cols, every_write) LOOP
    -- The columns as the trigger's arguments: 'person_id', 'session_id', …
    SELECT string_agg(quote_literal(btrim(c)), ', ') INTO args
    FROM unnest(string_to_array(t.cols, ',')) AS c;
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)',
      t.tbl || '_progress_update', t.tbl, args);
    IF t.every_write THEN
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)',
        t.tbl || '_progress_insert', t.tbl, args);
      EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION teacher_progress_summarise(%s)',
        t.tbl || '_progress_delete', t.tbl, args);
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
-- Existing rows, summed up once, district by district: the tenant policy is forced on the
-- tables' owner too, so an owner that is not a superuser sees a district's rows only with that
-- district set, as a request does.
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
