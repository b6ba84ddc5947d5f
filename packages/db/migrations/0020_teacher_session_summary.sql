CREATE TABLE "teacher_session_summary" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"opened_stage_ids" uuid[] NOT NULL,
	"waits" jsonb NOT NULL,
	CONSTRAINT "teacher_session_summary_district_id_person_id_pk" PRIMARY KEY("district_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "teacher_session_year" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"year_start" date NOT NULL,
	"completed" integer NOT NULL,
	"minutes" integer NOT NULL,
	CONSTRAINT "teacher_session_year_district_id_person_id_year_start_pk" PRIMARY KEY("district_id","person_id","year_start")
);
--> statement-breakpoint
ALTER TABLE "teacher_session_summary" ADD CONSTRAINT "teacher_session_summary_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teacher_session_year" ADD CONSTRAINT "teacher_session_year_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "micropd_progress_completed_idx" ON "micropd_progress" USING btree ("district_id","completed_at");--> statement-breakpoint
-- Rebuilds the summary rows of the given teachers (pairs of district and person) from their
-- MicroPD progress: the same figures the dashboards computed from every progress row per request.
-- Waits are the rule waitsBetweenSessions (domain rules/implementation-metrics): sessions ordered
-- by when they were opened, then finished (unfinished last), at the millisecond JavaScript reads;
-- each finished session's next one waits max(0, floor(days between)).
CREATE OR REPLACE FUNCTION refresh_teacher_sessions(p_districts uuid[], p_people uuid[])
RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM teacher_session_summary s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  DELETE FROM teacher_session_year s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  INSERT INTO teacher_session_summary (district_id, person_id, opened_stage_ids, waits)
  SELECT o.district_id, o.person_id, array_agg(DISTINCT o.stage_id),
    coalesce((
      SELECT jsonb_agg(jsonb_build_array(c.days, c.n) ORDER BY c.days)
      FROM (
        -- Working ahead waits 0 days.
        SELECT greatest(0, w) AS days, count(*)::int AS n
        FROM unnest(array_agg(o.wait) FILTER (WHERE o.wait IS NOT NULL)) AS w
        GROUP BY 1
      ) c
    ), '[]'::jsonb)
  FROM (
    SELECT pr.district_id, pr.person_id, ms.stage_id,
      -- No wait after an unfinished session (null, kept null: greatest() would make it 0).
      floor((
        extract(epoch FROM date_trunc('milliseconds', pr.created_at))
        - extract(epoch FROM lag(date_trunc('milliseconds', pr.completed_at)) OVER by_teacher)
      ) / 86400)::int AS wait
    FROM micropd_progress pr
    JOIN micropd_session ms ON ms.district_id = pr.district_id AND ms.id = pr.session_id
    WHERE (pr.district_id, pr.person_id) IN (
      SELECT w.district_id, w.person_id FROM unnest(p_districts, p_people) AS w(district_id, person_id)
    )
    WINDOW by_teacher AS (
      PARTITION BY pr.district_id, pr.person_id
      ORDER BY date_trunc('milliseconds', pr.created_at),
        date_trunc('milliseconds', pr.completed_at) NULLS LAST
    )
  ) o
  GROUP BY o.district_id, o.person_id;

  -- The school year runs from 1 August (UTC), as the dashboard window (domain schoolYearFor).
  INSERT INTO teacher_session_year (district_id, person_id, year_start, completed, minutes)
  SELECT pr.district_id, pr.person_id,
    make_date(
      extract(year FROM pr.completed_at AT TIME ZONE 'UTC')::int
        - CASE WHEN extract(month FROM pr.completed_at AT TIME ZONE 'UTC') >= 8 THEN 0 ELSE 1 END,
      8, 1),
    count(*)::int, coalesce(sum(coalesce(pr.credited_minutes, ms.estimated_minutes)), 0)::int
  FROM micropd_progress pr
  JOIN micropd_session ms ON ms.district_id = pr.district_id AND ms.id = pr.session_id
  WHERE pr.completed_at IS NOT NULL
    AND (pr.district_id, pr.person_id) IN (
      SELECT w.district_id, w.person_id FROM unnest(p_districts, p_people) AS w(district_id, person_id)
    )
  GROUP BY 1, 2, 3;
$$;
--> statement-breakpoint
-- One trigger function for the three statement triggers below: each statement rebuilds the
-- teachers it touched once, in one set-based pass (a roster import or a generator's bulk insert
-- of half a million rows included). An update rebuilds only when a figure's input changed, so
-- saving a reflection draft as the teacher types costs nothing here.
CREATE OR REPLACE FUNCTION micropd_progress_summarise() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_teacher_sessions(array_agg(t.district_id), array_agg(t.person_id))
    FROM (SELECT DISTINCT district_id, person_id FROM new_rows) t
    HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_teacher_sessions(array_agg(t.district_id), array_agg(t.person_id))
    FROM (SELECT DISTINCT district_id, person_id FROM old_rows) t
    HAVING count(*) > 0;
  ELSE
    PERFORM refresh_teacher_sessions(array_agg(t.district_id), array_agg(t.person_id))
    FROM (
      SELECT o.district_id, o.person_id FROM old_rows o JOIN new_rows n USING (district_id, id)
      WHERE (o.person_id, o.session_id, o.created_at, o.completed_at, o.credited_minutes)
        IS DISTINCT FROM (n.person_id, n.session_id, n.created_at, n.completed_at, n.credited_minutes)
      UNION
      SELECT n.district_id, n.person_id FROM old_rows o JOIN new_rows n USING (district_id, id)
      WHERE (o.person_id, o.session_id, o.created_at, o.completed_at, o.credited_minutes)
        IS DISTINCT FROM (n.person_id, n.session_id, n.created_at, n.completed_at, n.credited_minutes)
    ) t
    HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER micropd_progress_summary_insert AFTER INSERT ON micropd_progress
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION micropd_progress_summarise();
--> statement-breakpoint
CREATE TRIGGER micropd_progress_summary_update AFTER UPDATE ON micropd_progress
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION micropd_progress_summarise();
--> statement-breakpoint
CREATE TRIGGER micropd_progress_summary_delete AFTER DELETE ON micropd_progress
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION micropd_progress_summarise();
--> statement-breakpoint
-- A session moved to another stage or given another length changes its teachers' figures.
CREATE OR REPLACE FUNCTION micropd_session_summarise() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM refresh_teacher_sessions(array_agg(t.district_id), array_agg(t.person_id))
  FROM (
    SELECT DISTINCT pr.district_id, pr.person_id FROM micropd_progress pr
    WHERE pr.district_id = NEW.district_id AND pr.session_id = NEW.id
  ) t
  HAVING count(*) > 0;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER micropd_session_summary_update
  AFTER UPDATE OF stage_id, estimated_minutes ON micropd_session
  FOR EACH ROW
  WHEN (OLD.stage_id IS DISTINCT FROM NEW.stage_id
    OR OLD.estimated_minutes IS DISTINCT FROM NEW.estimated_minutes)
  EXECUTE FUNCTION micropd_session_summarise();
--> statement-breakpoint
-- Existing progress, summed up once, district by district: the tenant policy is forced on the
-- tables' owner too, so an owner that is not a superuser sees a district's rows only with that
-- district set, as a request does.
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM refresh_teacher_sessions(array_agg(t.district_id), array_agg(t.person_id))
    FROM (SELECT DISTINCT district_id, person_id FROM micropd_progress WHERE district_id = d) t
    HAVING count(*) > 0;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
