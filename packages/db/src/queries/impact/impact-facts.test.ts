import { hoursOfLines, pdActivitiesIn } from "@throughline/domain/transcript";
import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Transaction } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededLoginPerFile } from "../../testing-seeded.ts";
import { listPdActivities } from "../enrolments/transcript.ts";
import { listApprovedExternalPd } from "../external-pd/external-pd-requests.ts";
import { loadImpactEnrolments, loadImpactTeachers } from "./impact-facts.ts";
import {
  firstIndicatorId,
  levelSpansOf,
  pickTeacherSession,
  wholeDistrictSelection,
} from "./impact-test-picks.ts";

/*
 * The impact report reads `teacher_pd_day`, `observed_level_day` and `self_assessed_level_day`,
 * kept by the triggers of migration 0030. Each write below goes through SQL, as any writer's
 * would, and after each the kept rows must equal a rebuild from scratch; the PD hours must equal
 * what each teacher's transcript adds up for the same days; coaching observations never appear.
 */

const admin = seededLoginPerFile(demoPeople.admin.email);

/** Every kept row of the three tables, as text, in one order. */
async function keptRows(tx: Transaction): Promise<string[]> {
  const rows = await rawRows<{ row: string }>(
    tx,
    sql`select 'pd ' || person_id || ' ' || day || ' ' || kind || ' ' || activities || ' '
          || minutes || ' ' || tenths as row from teacher_pd_day
        union all
        select 'obs ' || person_id || ' ' || indicator_id || ' ' || observed_on || ' ' || level_rank
          from observed_level_day
        union all
        select 'self ' || person_id || ' ' || indicator_id || ' ' || assessed_on || ' ' || level_rank
          from self_assessed_level_day
        order by 1`,
  );
  return rows.map((row) => row.row);
}

async function expectKeptAsRebuilt(tx: Transaction): Promise<string[]> {
  const kept = await keptRows(tx);
  await tx.execute(sql`select refresh_teacher_impact(array_agg(district_id), array_agg(id))
    from person`);
  expect(await keptRows(tx)).toEqual(kept);
  return kept;
}

async function tenthsOf(tx: Transaction, personId: string): Promise<number> {
  const teachers = await loadImpactTeachers(tx, await wholeDistrictSelection(tx, admin.districtId));
  return teachers.find((row) => row.personId === personId)?.tenths ?? 0;
}

describe("the impact report's kept summaries", () => {
  test("the seeded district's PD hours equal each teacher's transcript, external PD included", async () => {
    await admin.rolledBack(async (tx) => {
      await expectKeptAsRebuilt(tx);
      const chosen = await wholeDistrictSelection(tx, admin.districtId);
      const enrolments = await loadImpactEnrolments(tx, chosen);
      expect(enrolments.length).toBeGreaterThan(3);
      const teachers = await loadImpactTeachers(tx, chosen);
      const people = [...new Set(enrolments.map((row) => row.personId))];
      let withHours = 0;
      let withExternal = 0;
      for (const personId of people) {
        const lines = pdActivitiesIn(await listPdActivities(tx, { personId }), chosen.timeZone);
        // The transcript's approved external PD whose last day is in the period.
        const external = (await listApprovedExternalPd(tx, { personId })).filter(
          (request) => request.endOn >= chosen.from && request.endOn <= chosen.to,
        );
        if (external.length > 0) withExternal += 1;
        const externalTenths = external.reduce((sum, row) => sum + Math.round(row.hours * 10), 0);
        const kept = teachers.find((row) => row.personId === personId);
        expect(kept?.tenths ?? 0, personId).toBe(
          Math.round(hoursOfLines(lines).hours * 10) + externalTenths,
        );
        if (lines.length > 0) withHours += 1;
        const lastDay =
          lines
            .map((line) => line.day)
            .sort()
            .at(-1) ?? null;
        expect(kept?.lastActiveOn ?? null, personId).toBe(lastDay);
      }
      expect(withHours).toBeGreaterThan(0);
      // The demo's approved external PD belongs to an enrolled teacher, so it is counted here.
      expect(withExternal).toBeGreaterThan(0);
    });
  });

  test("PD days follow session completions: insert, update and delete", async () => {
    await admin.rolledBack(async (tx) => {
      const row = await pickTeacherSession(
        tx,
        sql`select 1 from micropd_progress p where p.district_id = e.district_id
          and p.person_id = e.person_id and p.session_id = ms.id`,
      );
      expect(row).toBeDefined();
      const personId = row?.personId ?? "";
      const before = await tenthsOf(tx, personId);

      await tx.execute(sql`insert into micropd_progress (district_id, person_id, session_id,
          completed_at, credited_minutes)
        values (${admin.districtId}, ${personId}, ${row?.sessionId}, now(), 18)`);
      expect(await tenthsOf(tx, personId)).toBe(before + 3);
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`update micropd_progress set credited_minutes = 12
        where person_id = ${personId} and session_id = ${row?.sessionId}`);
      expect(await tenthsOf(tx, personId)).toBe(before + 2);
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`delete from micropd_progress
        where person_id = ${personId} and session_id = ${row?.sessionId}`);
      expect(await tenthsOf(tx, personId)).toBe(before);
      await expectKeptAsRebuilt(tx);
    });
  });

  test("logged coaching counts as PD time only while the district says so", async () => {
    await admin.rolledBack(async (tx) => {
      const [pick] = await rawRows<{ teacherId: string; coachId: string }>(
        tx,
        sql`select e.person_id as "teacherId", o.observer_id as "coachId"
          from enrolment e, observation o
          where e.status = 'active' and o.kind = 'coaching'
            and not exists (select 1 from coaching_interaction_teacher t
              where t.district_id = e.district_id and t.teacher_id = e.person_id)
          limit 1`,
      );
      const teacherId = pick?.teacherId ?? "";
      const before = await tenthsOf(tx, teacherId);
      const [logged] = await rawRows<{ id: string }>(
        tx,
        sql`insert into coaching_interaction (district_id, coach_id, kind, occurred_on, minutes,
            note)
          values (${admin.districtId}, ${pick?.coachId}, 'co_teaching', '2031-02-03', 45,
            'Private coaching note')
          returning id`,
      );
      await tx.execute(sql`insert into coaching_interaction_teacher (district_id, interaction_id,
          teacher_id)
        values (${admin.districtId}, ${logged?.id}, ${teacherId})`);
      await tx.execute(sql`update district set coaching_counts_as_pd = false
        where id = ${admin.districtId}`);
      expect(await tenthsOf(tx, teacherId)).toBe(before);

      await tx.execute(sql`update district set coaching_counts_as_pd = true
        where id = ${admin.districtId}`);
      expect(await tenthsOf(tx, teacherId)).toBe(before + 8);
      const chosen = await wholeDistrictSelection(tx, admin.districtId);
      const lines = pdActivitiesIn(
        await listPdActivities(tx, { personId: teacherId }),
        chosen.timeZone,
      );
      expect(await tenthsOf(tx, teacherId)).toBe(Math.round(hoursOfLines(lines).hours * 10));
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`update coaching_interaction set minutes = 30 where id = ${logged?.id}`);
      expect(await tenthsOf(tx, teacherId)).toBe(before + 5);
      await tx.execute(sql`delete from coaching_interaction where id = ${logged?.id}`);
      expect(await tenthsOf(tx, teacherId)).toBe(before);
      await expectKeptAsRebuilt(tx);
    });
  });

  test("observed levels hold published walkthroughs only, never coaching", async () => {
    await admin.rolledBack(async (tx) => {
      const [pick] = await rawRows<{ teacherId: string; observerId: string; indicatorId: string }>(
        tx,
        sql`select e.person_id as "teacherId", o.observer_id as "observerId",
            ${firstIndicatorId} as "indicatorId"
          from enrolment e, observation o where e.status = 'active' limit 1`,
      );
      const teacherId = pick?.teacherId ?? "";
      const spansOf = () => levelSpansOf(tx, admin.districtId, "observed", pick);
      const base = await spansOf();
      const daysBefore = base[0]?.days ?? 0;

      const [visit] = await rawRows<{ id: string }>(
        tx,
        sql`insert into observation (district_id, teacher_id, observer_id, kind, observed_on,
            status, published_at)
          values (${admin.districtId}, ${teacherId}, ${pick?.observerId}, 'coaching',
            '2031-03-04', 'published', now())
          returning id`,
      );
      await tx.execute(sql`insert into observation_rating (district_id, observation_id,
          indicator_id, level_rank)
        values (${admin.districtId}, ${visit?.id}, ${pick?.indicatorId},
          (select max(rank) from observation_level))`);
      // A coaching visit, published and rated: not a day of observed levels.
      expect((await spansOf())[0]?.days ?? 0).toBe(daysBefore);
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`update observation set kind = 'walkthrough' where id = ${visit?.id}`);
      const [after] = await spansOf();
      expect(after?.days).toBe(daysBefore + 1);
      expect(after?.lastRank).toBeGreaterThanOrEqual(0);
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`update observation set status = 'draft' where id = ${visit?.id}`);
      expect((await spansOf())[0]?.days ?? 0).toBe(daysBefore);
      await tx.execute(sql`update observation set status = 'published' where id = ${visit?.id}`);
      await tx.execute(sql`delete from observation_rating where observation_id = ${visit?.id}`);
      expect((await spansOf())[0]?.days ?? 0).toBe(daysBefore);
      await expectKeptAsRebuilt(tx);
    });
  });

  test("self-assessed levels follow self-assessments and their ratings", async () => {
    await admin.rolledBack(async (tx) => {
      const [pick] = await rawRows<{ teacherId: string; stageId: string; indicatorId: string }>(
        tx,
        sql`select e.person_id as "teacherId", c.stage_id as "stageId",
            ${firstIndicatorId} as "indicatorId"
          from enrolment e join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
          where e.status = 'active' limit 1`,
      );
      const spansOf = () => levelSpansOf(tx, admin.districtId, "selfAssessed", pick);
      const before = (await spansOf())[0]?.days ?? 0;
      const [assessment] = await rawRows<{ id: string }>(
        tx,
        sql`insert into self_assessment (district_id, teacher_id, stage_id, moment, assessed_on)
          values (${admin.districtId}, ${pick?.teacherId}, ${pick?.stageId}, 'start', '2031-01-05')
          returning id`,
      );
      await tx.execute(sql`insert into self_assessment_rating (district_id, self_assessment_id,
          indicator_id, level_rank)
        values (${admin.districtId}, ${assessment?.id}, ${pick?.indicatorId}, 0)`);
      expect((await spansOf())[0]?.days).toBe(before + 1);
      await tx.execute(sql`update self_assessment_rating set level_rank = 1
        where self_assessment_id = ${assessment?.id}`);
      expect((await spansOf())[0]?.lastRank).toBe(1);
      await expectKeptAsRebuilt(tx);
      await tx.execute(sql`delete from self_assessment where id = ${assessment?.id}`);
      expect((await spansOf())[0]?.days ?? 0).toBe(before);
      await expectKeptAsRebuilt(tx);
    });
  });
});
