CREATE TABLE "teacher_meeting_starts" (
	"district_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_at" timestamp with time zone[] NOT NULL,
	CONSTRAINT "teacher_meeting_starts_district_id_person_id_pk" PRIMARY KEY("district_id","person_id")
);
--> statement-breakpoint
ALTER TABLE "teacher_meeting_starts" ADD CONSTRAINT "teacher_meeting_starts_district_id_district_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."district"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Rebuilds the given teachers' rows (pairs of district and person) from their attendance: the
-- starts of the meetings each was marked present at, cancelled ones left out, newest first. The
-- caseload's last meeting is the newest of them that started by now (caseload-facts.ts).
CREATE OR REPLACE FUNCTION refresh_teacher_meeting_starts(p_districts uuid[], p_people uuid[])
RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM teacher_meeting_starts s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  INSERT INTO teacher_meeting_starts (district_id, person_id, starts_at)
  SELECT a.district_id, a.person_id, array_agg(m.starts_at ORDER BY m.starts_at DESC)
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  JOIN meeting_attendance a ON a.district_id = w.district_id AND a.person_id = w.person_id
  JOIN support_meeting m ON m.district_id = a.district_id AND m.id = a.meeting_id
  WHERE a.attendance = 'present' AND m.status <> 'cancelled'
  GROUP BY a.district_id, a.person_id;
$$;
--> statement-breakpoint
-- Each statement that writes attendance, or changes a meeting's status or start, rebuilds the
-- teachers it touched once, in one set-based pass. An attendance update that changes neither
-- the person, the meeting nor the attendance (a note) rebuilds nothing; deleting a meeting
-- deletes its attendance, whose trigger rebuilds; a new meeting has no attendance yet.
CREATE OR REPLACE FUNCTION teacher_meeting_starts_summarise() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  v_districts uuid[];
  v_people uuid[];
BEGIN
  IF TG_TABLE_NAME = 'support_meeting' THEN
    SELECT array_agg(a.district_id), array_agg(a.person_id) INTO v_districts, v_people
    FROM (SELECT DISTINCT a.district_id, a.person_id
      FROM new_rows n
      JOIN old_rows o USING (district_id, id)
      JOIN meeting_attendance a ON a.district_id = n.district_id AND a.meeting_id = n.id
      WHERE n.status IS DISTINCT FROM o.status OR n.starts_at IS DISTINCT FROM o.starts_at) a;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(t.district_id), array_agg(t.person_id) INTO v_districts, v_people
    FROM (SELECT DISTINCT district_id, person_id FROM new_rows) t;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(t.district_id), array_agg(t.person_id) INTO v_districts, v_people
    FROM (SELECT DISTINCT district_id, person_id FROM old_rows) t;
  ELSE
    SELECT array_agg(t.district_id), array_agg(t.person_id) INTO v_districts, v_people
    FROM (
      SELECT DISTINCT c.district_id, c.person_id FROM (
        SELECT o.district_id, o.person_id FROM old_rows o JOIN new_rows n USING (district_id, id)
        WHERE (o.person_id, o.meeting_id, o.attendance)
          IS DISTINCT FROM (n.person_id, n.meeting_id, n.attendance)
        UNION ALL
        SELECT n.district_id, n.person_id FROM old_rows o JOIN new_rows n USING (district_id, id)
        WHERE (o.person_id, o.meeting_id, o.attendance)
          IS DISTINCT FROM (n.person_id, n.meeting_id, n.attendance)
      ) c
    ) t;
  END IF;
  IF v_people IS NOT NULL THEN
    PERFORM refresh_teacher_meeting_starts(v_districts, v_people);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER meeting_attendance_starts_insert AFTER INSERT ON meeting_attendance
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_meeting_starts_summarise();
--> statement-breakpoint
CREATE TRIGGER meeting_attendance_starts_update AFTER UPDATE ON meeting_attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_meeting_starts_summarise();
--> statement-breakpoint
CREATE TRIGGER meeting_attendance_starts_delete AFTER DELETE ON meeting_attendance
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_meeting_starts_summarise();
--> statement-breakpoint
CREATE TRIGGER support_meeting_starts_update AFTER UPDATE ON support_meeting
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION teacher_meeting_starts_summarise();
--> statement-breakpoint
-- Existing rows, once, district by district: the tenant policy is forced on the tables' owner
-- too, so an owner that is not a superuser sees a district's rows only with that district set.
DO $$
DECLARE
  d uuid;
BEGIN
  FOR d IN SELECT id FROM district LOOP
    PERFORM set_config('app.district_id', d::text, true);
    PERFORM refresh_teacher_meeting_starts(array_agg(t.district_id), array_agg(t.person_id))
    FROM (SELECT DISTINCT district_id, person_id FROM meeting_attendance WHERE district_id = d) t
    HAVING count(*) > 0;
  END LOOP;
  PERFORM set_config('app.district_id', '', true);
END
$$;
