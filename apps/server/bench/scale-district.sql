-- A district the size of a big one, generated in SQL (run as the owner, before any request):
-- 400 schools of 50 teachers (20,000), 5 teams of 10 per school (2,000), 200 coaches each
-- facilitating 10 teams (100 teachers), 3 stages of 10 MicroPD sessions, a cohort per school and
-- stage, one enrolment per teacher, 25 MicroPD progress rows per teacher (500,000), 36 weekly
-- meetings per team (72,000) with attendance taken at the closed ones, a collaboration block per
-- team. Ids are md5-derived so every row can name its parent without a lookup.
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO district (id, name, slug, time_zone)
VALUES (md5('district')::uuid, 'Big River Unified', 'big-river', 'America/Chicago');

INSERT INTO school (district_id, id, name)
SELECT md5('district')::uuid, md5('s' || s)::uuid, 'School ' || lpad(s::text, 3, '0')
FROM generate_series(0, 399) s;

INSERT INTO person (district_id, id, display_name, email)
SELECT md5('district')::uuid, md5('t' || n)::uuid, 'Teacher ' || n, 't' || n || '@bench.test'
FROM generate_series(0, 19999) n;
INSERT INTO person (district_id, id, display_name, email)
SELECT md5('district')::uuid, md5('c' || c)::uuid, 'Coach ' || c, 'c' || c || '@bench.test'
FROM generate_series(0, 199) c;
INSERT INTO person (district_id, id, display_name, email)
VALUES (md5('district')::uuid, md5('admin')::uuid, 'District Admin', 'admin@bench.test');

INSERT INTO role_membership (district_id, person_id, role, school_id)
SELECT md5('district')::uuid, md5('t' || n)::uuid, 'teacher', md5('s' || (n / 50))::uuid
FROM generate_series(0, 19999) n;
INSERT INTO role_membership (district_id, person_id, role, school_id)
SELECT md5('district')::uuid, md5('c' || c)::uuid, 'coach', md5('s' || (c * 2))::uuid
FROM generate_series(0, 199) c;
INSERT INTO role_membership (district_id, person_id, role)
VALUES (md5('district')::uuid, md5('admin')::uuid, 'district_admin');

INSERT INTO team (district_id, id, school_id, name, kind, facilitator_id)
SELECT md5('district')::uuid, md5('team' || t)::uuid, md5('s' || (t / 5))::uuid,
  'Team ' || lpad(t::text, 4, '0'), 'plc', md5('c' || (t / 10))::uuid
FROM generate_series(0, 1999) t;
INSERT INTO team_member (district_id, team_id, person_id)
SELECT md5('district')::uuid, md5('team' || (n / 10))::uuid, md5('t' || n)::uuid
FROM generate_series(0, 19999) n;

INSERT INTO stage (district_id, id, position, title, summary)
SELECT md5('district')::uuid, md5('stage' || k)::uuid, k, 'Stage ' || k, 'Stage ' || k
FROM generate_series(1, 3) k;
INSERT INTO micropd_session (district_id, id, stage_id, position, title, summary, estimated_minutes)
SELECT md5('district')::uuid, md5('ses' || j)::uuid, md5('stage' || (j / 10 + 1))::uuid,
  j % 10 + 1, 'Session ' || j, 'Session ' || j, 20
FROM generate_series(0, 29) j;

INSERT INTO cohort (district_id, id, school_id, stage_id, name, school_year)
SELECT md5('district')::uuid, md5('co' || s || '-' || k)::uuid, md5('s' || s)::uuid,
  md5('stage' || k)::uuid, 'Cohort ' || s || '-' || k, '2026-27'
FROM generate_series(0, 399) s, generate_series(1, 3) k;
INSERT INTO enrolment (district_id, cohort_id, person_id, enrolled_at, workshop_attended)
SELECT md5('district')::uuid, md5('co' || (n / 50) || '-' || (n % 3 + 1))::uuid,
  md5('t' || n)::uuid, timestamptz '2026-08-15', n % 2 = 0
FROM generate_series(0, 19999) n;

INSERT INTO micropd_progress (district_id, person_id, session_id, created_at, completed_at)
SELECT md5('district')::uuid, md5('t' || n)::uuid, md5('ses' || j)::uuid,
  timestamptz '2026-08-20' + make_interval(days => j * 4 + n % 5),
  CASE WHEN j < n % 26 THEN timestamptz '2026-08-21' + make_interval(days => j * 4 + n % 5) END
FROM generate_series(0, 19999) n, generate_series(0, 24) j;

INSERT INTO support_meeting (district_id, id, team_id, title, starts_at, ends_at, status,
  started_at, closed_at, held_minutes)
SELECT md5('district')::uuid, md5('m' || t || '-' || w)::uuid, md5('team' || t)::uuid,
  'Weekly PLC', timestamptz '2026-08-24 15:00' + make_interval(days => w * 7 + t % 5),
  timestamptz '2026-08-24 15:45' + make_interval(days => w * 7 + t % 5),
  (CASE WHEN w < 14 THEN 'closed' ELSE 'scheduled' END)::meeting_status,
  CASE WHEN w < 14 THEN timestamptz '2026-08-24 15:00' + make_interval(days => w * 7 + t % 5) END,
  CASE WHEN w < 14 THEN timestamptz '2026-08-24 15:45' + make_interval(days => w * 7 + t % 5) END,
  CASE WHEN w < 14 THEN 45 END
FROM generate_series(0, 1999) t, generate_series(0, 35) w;
INSERT INTO meeting_attendance (district_id, meeting_id, person_id, attendance)
SELECT md5('district')::uuid, md5('m' || (n / 10) || '-' || w)::uuid, md5('t' || n)::uuid,
  (CASE WHEN (n + w) % 9 = 0 THEN 'absent' ELSE 'present' END)::attendance
FROM generate_series(0, 19999) n, generate_series(0, 13) w;

INSERT INTO collaboration_block (district_id, team_id, weekday, start_minute, end_minute,
  created_by_id)
SELECT md5('district')::uuid, md5('team' || t)::uuid, 1 + t % 5, 900, 945, md5('c' || (t / 10))::uuid
FROM generate_series(0, 1999) t;
COMMIT;
ANALYZE;
