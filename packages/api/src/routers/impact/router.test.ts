import { rawRows } from "@throughline/db/testing";
import type { ImpactReport } from "@throughline/domain/impact-report";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();
const day = (date: Date) => date.toISOString().slice(0, 10);
const to = day(new Date());
const from = day(new Date(Date.now() - 364 * 86_400_000));
const period = { from, to };

let districtId: string;
let ownSchool: { id: string; name: string };
let otherSchool: { id: string; name: string };

beforeAll(async () => {
  const [district] = await rawRows<{ id: string }>(
    api.db,
    sql`select district_id::text as id from person where email = ${demoEmail.principal}`,
  );
  districtId = district?.id ?? "";
  const schools = await rawRows<{ id: string; name: string; led: boolean }>(
    api.db,
    sql`select s.id::text as id, s.name,
        exists (select 1 from role_membership r join person p
          on p.district_id = r.district_id and p.id = r.person_id
          where p.email = ${demoEmail.principal} and r.role = 'principal' and r.school_id = s.id) as led
      from school s where s.district_id = ${districtId} order by s.name`,
  );
  const pick = (row: { id: string; name: string } | undefined) => ({
    id: row?.id ?? "",
    name: row?.name ?? "",
  });
  ownSchool = pick(schools.find((row) => row.led));
  otherSchool = pick(schools.find((row) => !row.led));
});

/** Every person id of the district: none may appear in a report. */
async function personIds(): Promise<string[]> {
  const rows = await rawRows<{ id: string }>(
    api.db,
    sql`select id::text as id from person where district_id = ${districtId}`,
  );
  return rows.map((row) => row.id);
}

/** The teachers enrolled (not withdrawn) in a school's cohorts, counted in plain SQL. */
async function enrolledIn(schoolId: string): Promise<string[]> {
  const rows = await rawRows<{ id: string }>(
    api.db,
    sql`select distinct e.person_id::text as id from enrolment e
      join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
      where c.school_id = ${schoolId} and e.status <> 'withdrawn' order by 1`,
  );
  return rows.map((row) => row.id);
}

function totalEnrolled(report: ImpactReport): number | "withheld" {
  return report.total.result.withheld ? "withheld" : report.total.result.figures.enrolled;
}

describe("impact.report", () => {
  it("gives a district admin every school, each teacher counted once in the total", async () => {
    const caller = await api.callerFor(demoEmail.admin);
    const report = await caller.impact.report({ ...period, by: "school" });
    expect(report.options.schools.map((school) => school.id)).toEqual(
      expect.arrayContaining([ownSchool.id, otherSchool.id]),
    );
    const all = new Set([
      ...(await enrolledIn(ownSchool.id)),
      ...(await enrolledIn(otherSchool.id)),
    ]);
    expect(totalEnrolled(report)).toBe(all.size);
    const text = JSON.stringify(report);
    expect((await personIds()).filter((id) => text.includes(id))).toEqual([]);
  });

  it("gives a principal their own school only", async () => {
    const caller = await api.callerFor(demoEmail.principal);
    const report = await caller.impact.report({ ...period, by: "school" });
    expect(report.options.schools).toEqual([ownSchool]);
    expect(report.groups.map((group) => group.key)).toEqual([ownSchool.id]);
    expect(report.options.cohorts.every((cohort) => cohort.schoolId === ownSchool.id)).toBe(true);
    expect(totalEnrolled(report)).toBe((await enrolledIn(ownSchool.id)).length);

    expect(await codeOf(caller.impact.report({ ...period, schoolId: otherSchool.id }))).toBe(
      "FORBIDDEN",
    );
    const [otherCohort] = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from cohort where school_id = ${otherSchool.id} limit 1`,
    );
    expect(await codeOf(caller.impact.report({ ...period, cohortId: otherCohort?.id }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(caller.impact.csv({ ...period, schoolId: otherSchool.id }))).toBe(
      "FORBIDDEN",
    );
  });

  it("says which date is wrong", async () => {
    const caller = await api.callerFor(demoEmail.principal);
    await expect(caller.impact.report({ from: to, to: from })).rejects.toThrow(
      /end date must not be before the start date/,
    );
  });

  it("withholds groups of fewer than three teachers, without their size", async () => {
    const caller = await api.callerFor(demoEmail.admin);
    const report = await caller.impact.report({ ...period, by: "cohort" });
    const sizes = await rawRows<{ id: string; teachers: number }>(
      api.db,
      sql`select c.id::text as id, count(distinct e.person_id)::int as teachers from cohort c
        join enrolment e on e.district_id = c.district_id and e.cohort_id = c.id
        where c.district_id = ${districtId} and e.status <> 'withdrawn' group by c.id`,
    );
    for (const group of report.groups) {
      const size = sizes.find((row) => row.id === group.key)?.teachers ?? 0;
      if (size < 3) expect(group.result, group.label).toEqual({ withheld: true });
      if (!group.result.withheld) expect(group.result.figures.enrolled).toBe(size);
    }
  });
});

describe("what evaluators receive of self-assessments and coaching", () => {
  it("self-assessments only as figures of three or more teachers, never a note", async () => {
    const teachers = (await enrolledIn(ownSchool.id)).slice(0, 3);
    expect(teachers).toHaveLength(3);
    const [indicator] = await rawRows<{ id: string; stageId: string }>(
      api.db,
      sql`select i.id::text as id, (select id::text from stage where district_id = ${districtId}
          order by position limit 1) as "stageId"
        from indicator i where i.district_id = ${districtId} order by i.code desc limit 1`,
    );
    const assess = async (teacherId: string, on: string, rank: number) => {
      const [assessment] = await rawRows<{ id: string }>(
        api.db,
        sql`insert into self_assessment (district_id, teacher_id, stage_id, moment, assessed_on)
          values (${districtId}, ${teacherId}, ${indicator?.stageId}, 'start', ${on})
          returning id::text as id`,
      );
      await rawRows(
        api.db,
        sql`insert into self_assessment_rating (district_id, self_assessment_id, indicator_id,
            level_rank, note)
          values (${districtId}, ${assessment?.id}, ${indicator?.id}, ${rank},
            'Private note about my summarizing') returning id`,
      );
    };
    const caller = await api.callerFor(demoEmail.principal);
    const rowOf = async () =>
      (await caller.impact.report(period)).selfAssessed.find(
        (row) => row.indicatorId === indicator?.id,
      );

    // Two teachers rated themselves twice: withheld.
    for (const teacherId of teachers.slice(0, 2)) {
      await assess(teacherId, from, 0);
      await assess(teacherId, to, 2);
    }
    expect((await rowOf())?.result).toEqual({ withheld: true });

    // A third: the figures, and still no note or teacher.
    await assess(teachers[2] ?? "", from, 1);
    await assess(teachers[2] ?? "", to, 1);
    expect((await rowOf())?.result).toEqual({
      withheld: false,
      figures: { measured: 3, firstMean: 0.3, lastMean: 1.7, change: 1.3, improved: 2 },
    });
    // Split by school: the principal's school carries the same figures as the total, in the
    // report and in the CSV's by-school table.
    const bySchool = (await caller.impact.report({ ...period, by: "school" })).selfAssessedByGroup;
    const split = bySchool.find((row) => row.indicatorId === indicator?.id);
    expect(split?.groups).toEqual([
      { key: ownSchool.id, label: ownSchool.name, result: (await rowOf())?.result },
    ]);
    expect(split?.total).toEqual((await rowOf())?.result);
    const csvLines = (await caller.impact.csv({ ...period, by: "school" })).csv.split(/\r?\n/);
    const schoolLine = csvLines.find((line) => line.includes(`,${ownSchool.name},3,0.3,1.7,1.3,2`));
    expect(schoolLine).toBeDefined();
    const text =
      JSON.stringify(await caller.impact.report(period)) + (await caller.impact.csv(period)).csv;
    expect(text).not.toContain("Private note");
    expect((await personIds()).filter((id) => text.includes(id))).toEqual([]);
  });

  it("coaching observations never move the observed levels", async () => {
    const caller = await api.callerFor(demoEmail.principal);
    const { observed: before, observedByGroup: beforeByGroup } = await caller.impact.report(period);
    const [coach] = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from person where email = 'coach@maplevalley.test'`,
    );
    const [indicator] = await rawRows<{ id: string }>(
      api.db,
      sql`select id::text as id from indicator where district_id = ${districtId}
        order by code limit 1`,
    );
    for (const teacherId of await enrolledIn(ownSchool.id)) {
      for (const on of [from, to]) {
        const [visit] = await rawRows<{ id: string }>(
          api.db,
          sql`insert into observation (district_id, teacher_id, observer_id, kind, observed_on,
              status, published_at, shared_with_leaders_at)
            values (${districtId}, ${teacherId}, ${coach?.id}, 'coaching', ${on}, 'published',
              now(), now())
            returning id::text as id`,
        );
        await rawRows(
          api.db,
          sql`insert into observation_rating (district_id, observation_id, indicator_id,
              level_rank, look_fors)
            values (${districtId}, ${visit?.id}, ${indicator?.id},
              ${on === from ? 0 : 3}, 'Coaching look-fors') returning id`,
        );
      }
    }
    const after = await caller.impact.report(period);
    expect(after.observed).toEqual(before);
    expect(after.observedByGroup).toEqual(beforeByGroup);
    expect(JSON.stringify(after)).not.toContain("Coaching look-fors");

    // Logged coaching counts as PD time when the district says so: its minutes, never its note.
    const hours = (report: ImpactReport) =>
      report.total.result.withheld ? 0 : report.total.result.figures.pdHours;
    // The demo's own logged coaching counts from the moment the district says so; this entry's
    // hour comes on top of it.
    await rawRows(
      api.db,
      sql`update district set coaching_counts_as_pd = true where id = ${districtId} returning id`,
    );
    const withDemoCoaching = await caller.impact.report(period);
    expect(hours(withDemoCoaching)).toBeGreaterThanOrEqual(hours(after));
    const [teacher] = await enrolledIn(ownSchool.id);
    const [logged] = await rawRows<{ id: string }>(
      api.db,
      sql`insert into coaching_interaction (district_id, coach_id, kind, occurred_on, minutes, note)
        values (${districtId}, ${coach?.id}, 'co_teaching', ${to}, 60, 'Private coaching-log note')
        returning id::text as id`,
    );
    await rawRows(
      api.db,
      sql`insert into coaching_interaction_teacher (district_id, interaction_id, teacher_id)
        values (${districtId}, ${logged?.id}, ${teacher}) returning id`,
    );
    const counted = await caller.impact.report(period);
    expect(hours(counted)).toBeCloseTo(hours(withDemoCoaching) + 1, 5);
    const text = JSON.stringify(counted) + (await caller.impact.csv(period)).csv;
    expect(text).not.toContain("Private coaching-log note");
  });
});

describe("session feedback and team goals in the report", () => {
  it("gives feedback as counts and shares only, never a comment or a teacher", async () => {
    const caller = await api.callerFor(demoEmail.principal);
    const comments = await rawRows<{ comment: string }>(
      api.db,
      sql`select comment from session_feedback
        where district_id = ${districtId} and btrim(coalesce(comment, '')) <> ''`,
    );
    const report = await caller.impact.report({ ...period, by: "school" });
    const text = JSON.stringify(report) + (await caller.impact.csv(period)).csv;
    for (const { comment } of comments) expect(text).not.toContain(comment);
    const [respondents] = await rawRows<{ count: number }>(
      api.db,
      sql`select count(distinct f.person_id)::int as count from session_feedback f
        where f.district_id = ${districtId} and (f.usefulness is not null or f.will_use is not null)
          and f.person_id in (select e.person_id from enrolment e
            join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
            where c.school_id = ${ownSchool.id} and e.status <> 'withdrawn')`,
    );
    const total = report.feedback.total.result;
    if ((respondents?.count ?? 0) < 3) expect(total).toEqual({ withheld: true });
    else expect(total.withheld ? null : total.figures.respondents).toBe(respondents?.count);
  });

  it("lists the team goals of the principal's school as the period ends", async () => {
    const caller = await api.callerFor(demoEmail.principal);
    const goals = await rawRows<{ id: string }>(
      api.db,
      sql`select g.id::text as id from team_goal g
        join team t on t.district_id = g.district_id and t.id = g.team_id
        where t.school_id = ${ownSchool.id} and g.starts_on <= ${to}::date
          and g.target_on >= ${from}::date`,
    );
    const report = await caller.impact.report(period);
    expect(report.goals.rows.map((row) => row.key).sort()).toEqual(
      goals.map((goal) => goal.id).sort(),
    );
    const counted = Object.values(report.goals.counts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(report.goals.rows.filter((row) => !row.result.withheld).length);
  });
});

describe("impact.csv", () => {
  it("carries the page's rows and totals", async () => {
    const caller = await api.callerFor(demoEmail.admin);
    const input = { ...period, by: "stage" as const };
    const report = await caller.impact.report(input);
    const { csv, fileName } = await caller.impact.csv(input);
    expect(fileName).toBe(`pd-impact-${from}-${to}.csv`);
    const total = csv.split("\n").find((line) => line.startsWith("Total (each teacher once)"));
    if (report.total.result.withheld) {
      expect(total).toContain("fewer than 3");
    } else {
      const figures = report.total.result.figures;
      expect(total?.trim()).toBe(
        [
          "Total (each teacher once)",
          figures.enrolled,
          figures.active,
          figures.completed,
          figures.pdHours.toFixed(1),
          figures.hoursPerTeacher.toFixed(1),
        ].join(","),
      );
    }
    for (const group of report.groups) expect(csv).toContain(group.label);
  });
});
