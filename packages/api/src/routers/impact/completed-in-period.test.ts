import { rawRows } from "@throughline/db/testing";
import type { ImpactReport } from "@throughline/domain/impact-report";
import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * "Completed the stage" counts a teacher only when the stage was completed on a day of the
 * period: on the later of the moment its requirements were met (kept with the enrolment's
 * progress) and the coach's confirmation. Three teachers of a stage of one session that asks for
 * a confirmation complete it before, inside and after a period that ended a month ago.
 */
const api = testApiPerFile();
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const period = { from: dayOf(daysAgo(60)), to: dayOf(daysAgo(30)) };

let districtId: string;
let cohortId: string;
let sessionId: string;
let stageId: string;
const teachers: string[] = [];

/** Runs an insert and answers the id of the row it returns ("" when none). */
async function insertedId(query: SQL): Promise<string> {
  const [row] = await rawRows<{ id: string }>(api.db, query);
  return row?.id ?? "";
}

function completed(report: ImpactReport): number | "withheld" {
  return report.total.result.withheld ? "withheld" : report.total.result.figures.completed;
}

/**
 * Every requirement of the stage met at `metAt`: workshop, its session, an action step (done
 * then: a step inserted as done keeps the moment it is given).
 */
async function meetRequirements(teacherId: string, metAt: Date) {
  await rawRows(
    api.db,
    sql`insert into micropd_progress (district_id, person_id, session_id, completed_at)
      values (${districtId}, ${teacherId}, ${sessionId}, ${metAt.toISOString()}) returning id`,
  );
  const planId = await insertedId(
    sql`insert into action_plan (district_id, person_id, stage_id, goal)
      values (${districtId}, ${teacherId}, ${stageId}, 'Check for understanding')
      returning id::text as id`,
  );
  await rawRows(
    api.db,
    sql`insert into action_step (district_id, plan_id, position, description, status,
        evidence_text, reflection, created_at, updated_at, completed_at)
      values (${districtId}, ${planId}, 1, 'Exit tickets', 'done', 'Photos of the tickets',
        'Most students could explain it', ${metAt.toISOString()}, ${metAt.toISOString()},
        ${metAt.toISOString()})
      returning id`,
  );
}

async function confirm(teacherId: string, at: Date) {
  await rawRows(
    api.db,
    sql`update enrolment set confirmed_at = ${at.toISOString()}
      where cohort_id = ${cohortId} and person_id = ${teacherId} returning id`,
  );
}

beforeAll(async () => {
  const [district] = await rawRows<{ id: string; schoolId: string }>(
    api.db,
    sql`select p.district_id::text as id, (select id::text from school s
        where s.district_id = p.district_id order by name limit 1) as "schoolId"
      from person p where p.email = ${demoEmail.admin}`,
  );
  districtId = district?.id ?? "";
  stageId = await insertedId(
    sql`insert into stage (district_id, program_id, position, title, summary,
        meetings_required, requires_confirmation)
      select ${districtId}, min(program_id::text)::uuid, coalesce(max(position), 0) + 1,
        'Checking for understanding', 'One session and a confirmed step', 0, true
      from stage where district_id = ${districtId}
      returning id::text as id`,
  );
  sessionId = await insertedId(
    sql`insert into micropd_session (district_id, stage_id, position, title, summary,
        estimated_minutes)
      values (${districtId}, ${stageId}, 1, 'Exit tickets', 'Quick checks', 20)
      returning id::text as id`,
  );
  cohortId = await insertedId(
    sql`insert into cohort (district_id, school_id, stage_id, name, school_year,
        workshop_starts_at)
      values (${districtId}, ${district?.schoolId}, ${stageId}, 'Completion dates', '2026-27',
        ${daysAgo(120).toISOString()})
      returning id::text as id`,
  );
  const people = await rawRows<{ id: string }>(
    api.db,
    sql`select distinct e.person_id::text as id from enrolment e
      where e.district_id = ${districtId} order by 1 limit 3`,
  );
  for (const { id } of people) {
    teachers.push(id);
    await rawRows(
      api.db,
      sql`insert into enrolment (district_id, cohort_id, person_id, enrolled_at,
          workshop_attended)
        values (${districtId}, ${cohortId}, ${id}, ${daysAgo(120).toISOString()}, true)
        returning id`,
    );
  }
  expect(teachers).toHaveLength(3);
});

describe("completed the stage in the period", () => {
  it("counts the completions of the period only, the later of the work and the confirmation", async () => {
    const [before, inside, after] = teachers;
    // Met and confirmed before the period.
    await meetRequirements(before ?? "", daysAgo(90));
    await confirm(before ?? "", daysAgo(85));
    // Met before the period, confirmed inside it: completed inside.
    await meetRequirements(inside ?? "", daysAgo(90));
    await confirm(inside ?? "", daysAgo(45));
    // Met inside the period, confirmed after it: completed after.
    await meetRequirements(after ?? "", daysAgo(45));
    await confirm(after ?? "", daysAgo(10));

    const caller = await api.callerFor(demoEmail.admin);
    const report = (input: { from: string; to: string }) =>
      caller.impact.report({ ...input, cohortId, by: "cohort" });
    expect(completed(await report(period))).toBe(1);
    expect(completed(await report({ from: dayOf(daysAgo(100)), to: dayOf(daysAgo(61)) }))).toBe(1);
    expect(completed(await report({ from: dayOf(daysAgo(29)), to: dayOf(new Date()) }))).toBe(1);
    expect(completed(await report({ from: dayOf(daysAgo(100)), to: dayOf(new Date()) }))).toBe(3);

    // The CSV's total says the same.
    const { csv } = await caller.impact.csv({ ...period, cohortId, by: "cohort" });
    const total = csv.split("\n").find((line) => line.startsWith("Total (each teacher once)"));
    expect(total?.split(",")[3]).toBe("1");
  });

  it("forgets a completion whose requirements are no longer met, and waits for a confirmation", async () => {
    const [, inside, after] = teachers;
    const caller = await api.callerFor(demoEmail.admin);
    const wholeTime = { from: dayOf(daysAgo(100)), to: dayOf(new Date()), cohortId };
    // The session taken back: the work is not met any more.
    await rawRows(
      api.db,
      sql`update micropd_progress set completed_at = null
        where person_id = ${after} and session_id = ${sessionId} returning id`,
    );
    expect(completed(await caller.impact.report(wholeTime))).toBe(2);
    // The confirmation withdrawn: waiting for review is not completed.
    await confirm(inside ?? "", daysAgo(45));
    await rawRows(
      api.db,
      sql`update enrolment set confirmed_at = null
        where cohort_id = ${cohortId} and person_id = ${inside} returning id`,
    );
    expect(completed(await caller.impact.report(wholeTime))).toBe(1);
  });
});
