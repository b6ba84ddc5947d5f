-- Each teacher's kept meeting starts, oldest first (they were newest first): in that order the
-- caseload finds the newest start by now with width_bucket, a binary search over the array in
-- the select list, where it unnested each member's array in a subquery. As migration 0026
-- otherwise: the meetings she was marked present at, cancelled ones left out.
CREATE OR REPLACE FUNCTION refresh_teacher_meeting_starts(p_districts uuid[], p_people uuid[])
RETURNS void
LANGUAGE sql
AS $$
  DELETE FROM teacher_meeting_starts s
  USING unnest(p_districts, p_people) AS w(district_id, person_id)
  WHERE s.district_id = w.district_id AND s.person_id = w.person_id;

  INSERT INTO teacher_meeting_starts (district_id, person_id, starts_at)
  SELECT a.district_id, a.person_id, array_agg(m.starts_at ORDER BY m.starts_at)
  FROM (SELECT DISTINCT w.district_id, w.person_id
    FROM unnest(p_districts, p_people) AS w(district_id, person_id)) w
  JOIN meeting_attendance a ON a.district_id = w.district_id AND a.person_id = w.person_id
  JOIN support_meeting m ON m.district_id = a.district_id AND m.id = a.meeting_id
  WHERE a.attendance = 'present' AND m.status <> 'cancelled'
  GROUP BY a.district_id, a.person_id;
$$;
--> statement-breakpoint
-- Existing rows again in the new order, district by district (as migration 0026).
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
