-- A district the size of a big one, generated in SQL (run as the owner, before any request).
-- With `psql -v teachers=N` (default 20,000; a multiple of 100): N/50 schools of 50 teachers,
-- each with a principal; 5 teams of 10 per school; N/100 coaches each facilitating 10 teams
-- (100 teachers); 3 stages of 10 MicroPD sessions, a cohort per school and stage, one enrolment
-- per teacher, 25 MicroPD progress rows per teacher, 36 weekly meetings per team with attendance
-- taken at the 14 closed ones, a collaboration block per team, and 24 observations per teacher
-- (every third a coaching visit by her coach, the rest principal walkthroughs), each rating 8 of
-- 12 indicators. At 20,000 teachers that is about 5.2 million activity rows. Ids are md5-derived
-- so every row can name its parent without a lookup (`bid`, below).
\set ON_ERROR_STOP on
\if :{?teachers}
\else
  \set teachers 20000
\endif
SELECT :teachers / 50 AS schools, :teachers / 10 AS teams, :teachers / 100 AS coaches \gset

-- md5(key) as a well-formed UUID (version 4, RFC variant): ids are checked as UUIDs on the way
-- out. scale-generate.ts's scaleId computes the same.
CREATE FUNCTION pg_temp.bid(key text) RETURNS uuid LANGUAGE sql IMMUTABLE
RETURN overlay(overlay(md5(key) PLACING '4' FROM 13)
  PLACING substr('89ab', ascii(substr(md5(key), 17, 1)) % 4 + 1, 1) FROM 17)::uuid;
SELECT pg_temp.bid('district') AS district \gset

BEGIN;
-- The rows are consistent by construction: skip the foreign-key triggers (four per rating row)
-- while generating. Transaction-local, so nothing else on the connection runs without them.
SET LOCAL session_replication_role = replica;
SET LOCAL synchronous_commit = off;

INSERT INTO district (id, name, slug, time_zone)
VALUES (:'district'::uuid, 'Big River Unified', 'big-river', 'America/Chicago');

INSERT INTO school (district_id, id, name)
SELECT :'district'::uuid, pg_temp.bid('s' || s), 'School ' || lpad(s::text, 3, '0')
FROM generate_series(0, :schools - 1) s;

INSERT INTO person (district_id, id, display_name, email)
SELECT :'district'::uuid, pg_temp.bid('t' || n), 'Teacher ' || n, 't' || n || '@bench.test'
FROM generate_series(0, :teachers - 1) n;
INSERT INTO person (district_id, id, display_name, email)
SELECT :'district'::uuid, pg_temp.bid('c' || c), 'Coach ' || c, 'c' || c || '@bench.test'
FROM generate_series(0, :coaches - 1) c;
INSERT INTO person (district_id, id, display_name, email)
SELECT :'district'::uuid, pg_temp.bid('p' || s), 'Principal ' || s, 'p' || s || '@bench.test'
FROM generate_series(0, :schools - 1) s;
INSERT INTO person (district_id, id, display_name, email)
VALUES (:'district'::uuid, pg_temp.bid('admin'), 'District Admin', 'admin@bench.test');

INSERT INTO role_membership (district_id, person_id, role, school_id)
SELECT :'district'::uuid, pg_temp.bid('t' || n), 'teacher', pg_temp.bid('s' || (n / 50))
FROM generate_series(0, :teachers - 1) n;
INSERT INTO role_membership (district_id, person_id, role, school_id)
SELECT :'district'::uuid, pg_temp.bid('c' || c), 'coach', pg_temp.bid('s' || (c * 2))
FROM generate_series(0, :coaches - 1) c;
INSERT INTO role_membership (district_id, person_id, role, school_id)
SELECT :'district'::uuid, pg_temp.bid('p' || s), 'principal', pg_temp.bid('s' || s)
FROM generate_series(0, :schools - 1) s;
INSERT INTO role_membership (district_id, person_id, role)
VALUES (:'district'::uuid, pg_temp.bid('admin'), 'district_admin');

INSERT INTO team (district_id, id, school_id, name, kind, facilitator_id)
SELECT :'district'::uuid, pg_temp.bid('team' || t), pg_temp.bid('s' || (t / 5)),
  'Team ' || lpad(t::text, 4, '0'), 'plc', pg_temp.bid('c' || (t / 10))
FROM generate_series(0, :teams - 1) t;
INSERT INTO team_member (district_id, team_id, person_id)
SELECT :'district'::uuid, pg_temp.bid('team' || (n / 10)), pg_temp.bid('t' || n)
FROM generate_series(0, :teachers - 1) n;

INSERT INTO stage (district_id, id, position, title, summary)
SELECT :'district'::uuid, pg_temp.bid('stage' || k), k, 'Stage ' || k, 'Stage ' || k
FROM generate_series(1, 3) k;
INSERT INTO micropd_session (district_id, id, stage_id, position, title, summary, estimated_minutes)
SELECT :'district'::uuid, pg_temp.bid('ses' || j), pg_temp.bid('stage' || (j / 10 + 1)),
  j % 10 + 1, 'Session ' || j, 'Session ' || j, 20
FROM generate_series(0, 29) j;

INSERT INTO cohort (district_id, id, school_id, stage_id, name, school_year)
SELECT :'district'::uuid, pg_temp.bid('co' || s || '-' || k), pg_temp.bid('s' || s),
  pg_temp.bid('stage' || k), 'Cohort ' || s || '-' || k, '2026-27'
FROM generate_series(0, :schools - 1) s, generate_series(1, 3) k;
INSERT INTO enrolment (district_id, cohort_id, person_id, enrolled_at, workshop_attended)
SELECT :'district'::uuid, pg_temp.bid('co' || (n / 50) || '-' || (n % 3 + 1)),
  pg_temp.bid('t' || n), timestamptz '2026-08-15', n % 2 = 0
FROM generate_series(0, :teachers - 1) n;

INSERT INTO micropd_progress (district_id, person_id, session_id, created_at, completed_at)
SELECT :'district'::uuid, pg_temp.bid('t' || n), pg_temp.bid('ses' || j),
  timestamptz '2026-08-20' + make_interval(days => j * 4 + n % 5),
  CASE WHEN j < n % 26 THEN timestamptz '2026-08-21' + make_interval(days => j * 4 + n % 5) END
FROM generate_series(0, :teachers - 1) n, generate_series(0, 24) j;

INSERT INTO support_meeting (district_id, id, team_id, title, starts_at, ends_at, status,
  started_at, closed_at, held_minutes)
SELECT :'district'::uuid, pg_temp.bid('m' || t || '-' || w), pg_temp.bid('team' || t),
  'Weekly PLC', timestamptz '2026-08-24 15:00' + make_interval(days => w * 7 + t % 5),
  timestamptz '2026-08-24 15:45' + make_interval(days => w * 7 + t % 5),
  (CASE WHEN w < 14 THEN 'closed' ELSE 'scheduled' END)::meeting_status,
  CASE WHEN w < 14 THEN timestamptz '2026-08-24 15:00' + make_interval(days => w * 7 + t % 5) END,
  CASE WHEN w < 14 THEN timestamptz '2026-08-24 15:45' + make_interval(days => w * 7 + t % 5) END,
  CASE WHEN w < 14 THEN 45 END
FROM generate_series(0, :teams - 1) t, generate_series(0, 35) w;
INSERT INTO meeting_attendance (district_id, meeting_id, person_id, attendance)
SELECT :'district'::uuid, pg_temp.bid('m' || (n / 10) || '-' || w), pg_temp.bid('t' || n),
  (CASE WHEN (n + w) % 9 = 0 THEN 'absent' ELSE 'present' END)::attendance
FROM generate_series(0, :teachers - 1) n, generate_series(0, 13) w;

INSERT INTO collaboration_block (district_id, team_id, weekday, start_minute, end_minute,
  created_by_id)
SELECT :'district'::uuid, pg_temp.bid('team' || t), 1 + t % 5, 900, 945, pg_temp.bid('c' || (t / 10))
FROM generate_series(0, :teams - 1) t;

-- The observation scale (four levels, the third the target) and 12 indicators.
INSERT INTO observation_level (district_id, rank, label, is_target)
SELECT :'district'::uuid, r, (ARRAY['Beginning', 'Developing', 'Proficient', 'Exemplary'])[r + 1],
  r = 2
FROM generate_series(0, 3) r;
INSERT INTO indicator (district_id, id, code, title, description)
SELECT :'district'::uuid, pg_temp.bid('ind' || i), (i / 4 + 1) || '.' || (i % 4 + 1),
  'Indicator ' || i, 'An observable practice.'
FROM generate_series(0, 11) i;

-- Observations over the first 14 weeks of the year: every third a coaching visit by the
-- teacher's coach, the rest walkthroughs by her principal; the latest of each teacher a draft.
INSERT INTO observation (district_id, id, teacher_id, observer_id, kind, observed_on, class_label,
  duration_minutes, status, published_at)
SELECT :'district'::uuid, pg_temp.bid('o' || n || '-' || w), pg_temp.bid('t' || n),
  CASE WHEN w % 3 = 0 THEN pg_temp.bid('c' || (n / 100)) ELSE pg_temp.bid('p' || (n / 50)) END::uuid,
  (CASE WHEN w % 3 = 0 THEN 'coaching' ELSE 'walkthrough' END)::observation_kind,
  date '2026-08-24' + (w * 4 + n % 4), 'Period ' || (w % 6 + 1),
  CASE WHEN w % 3 = 0 THEN 40 ELSE 10 END,
  (CASE WHEN w < 23 THEN 'published' ELSE 'draft' END)::observation_status,
  CASE WHEN w < 23 THEN timestamptz '2026-08-24 12:00' + make_interval(days => w * 4 + n % 4) END
FROM generate_series(0, :teachers - 1) n, generate_series(0, 23) w;
-- Eight indicators rated per visit, levels creeping up over the year. Each id is computed once
-- (materialized), not once per rating row.
INSERT INTO observation_rating (district_id, observation_id, indicator_id, level_rank)
WITH visit AS MATERIALIZED (
  SELECT n, w, pg_temp.bid('o' || n || '-' || w) AS id
  FROM generate_series(0, :teachers - 1) n, generate_series(0, 23) w
), ind AS MATERIALIZED (
  SELECT i, pg_temp.bid('ind' || i) AS id FROM generate_series(0, 11) i
)
SELECT :'district'::uuid, visit.id, ind.id, least(3, visit.w / 8 + (visit.n + k) % 3)
FROM visit CROSS JOIN generate_series(0, 7) k JOIN ind ON ind.i = (visit.w + k) % 12;
-- The teachers' MicroPD summary (migration 0020) is kept by triggers, which replica mode skips:
-- built here in one pass, as the migration builds it for existing progress.
SELECT refresh_teacher_sessions(array_agg(t.district_id), array_agg(t.person_id)) IS NULL AS built
FROM (SELECT DISTINCT district_id, person_id FROM micropd_progress
  WHERE district_id = :'district'::uuid) t \gset
-- Likewise the meeting-year and enrolment progress summaries (migration 0022), for every teacher.
SELECT refresh_teacher_progress(array_agg(district_id), array_agg(id)) IS NULL AS built
FROM person WHERE district_id = :'district'::uuid \gset
-- And the caseload's kept rows: each teacher's meeting starts (migration 0026) and caseload
-- facts (migration 0035).
SELECT refresh_teacher_meeting_starts(array_agg(district_id), array_agg(id)) IS NULL AS built
FROM person WHERE district_id = :'district'::uuid \gset
SELECT refresh_teacher_caseload(array_agg(district_id), array_agg(id)) IS NULL AS built
FROM person WHERE district_id = :'district'::uuid \gset
COMMIT;
ANALYZE;
