import { requirementsMetAt, stageCompletedAt } from "@throughline/domain/rules/stage-completion";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Transaction } from "../../client.ts";
import { withTenant } from "../../tenant.ts";
import { createTestDatabase, membershipFor, rawRows } from "../../testing.ts";

/*
 * The moment each enrolment's stage requirements were met, as the triggers keep it in
 * `enrolment_progress_summary` (migrations 0034 and 0037), must equal the domain rule applied to
 * the facts read directly, for every enrolment of the seeded district, after the work is
 * completed, taken back, confirmed, edited, and after a stage gains and loses a session. An
 * action step is dated by when it was marked done, so editing a done step keeps the date.
 */

let handle: DatabaseHandle;
let districtId: string;
beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  districtId = (await membershipFor(handle.db, "teacher@maplevalley.test")).districtId;
});
afterAll(() => handle.close());

interface FactsRow {
  enrolmentId: string;
  keptAt: string | null;
  confirmedAt: string | null;
  requiresConfirmation: boolean;
  workshopAttended: boolean;
  workshopAt: string;
  sessionsTotal: number;
  sessionsCompletedAt: string[];
  meetingsRequired: number;
  meetingsHeldAt: string[];
  actionStepsDone: { completedAt: string; onlyEvidenceFileAt: string | null }[];
}

/** Every enrolment's kept moment beside its facts, each fact with its own moment. */
function readFacts(tx: Transaction) {
  return rawRows<FactsRow>(
    tx,
    sql`select e.id::text as "enrolmentId",
      to_json(s.requirements_met_at)#>>'{}' as "keptAt",
      to_json(e.confirmed_at)#>>'{}' as "confirmedAt",
      g.requires_confirmation as "requiresConfirmation",
      e.workshop_attended as "workshopAttended",
      to_json(coalesce(c.workshop_starts_at, e.enrolled_at))#>>'{}' as "workshopAt",
      (select count(*)::int from micropd_session ms
        where ms.district_id = c.district_id and ms.stage_id = c.stage_id) as "sessionsTotal",
      array(select to_json(pr.completed_at)#>>'{}' from micropd_progress pr
        join micropd_session ms on ms.district_id = pr.district_id and ms.id = pr.session_id
        where pr.district_id = e.district_id and pr.person_id = e.person_id
          and ms.stage_id = c.stage_id and pr.completed_at is not null) as "sessionsCompletedAt",
      g.meetings_required as "meetingsRequired",
      array(select to_json(coalesce(m.started_at, m.closed_at, m.starts_at))#>>'{}'
        from meeting_attendance a
        join support_meeting m on m.district_id = a.district_id and m.id = a.meeting_id
        where a.district_id = e.district_id and a.person_id = e.person_id
          and a.attendance = 'present' and m.status = 'closed'
          and coalesce(m.started_at, m.closed_at, m.starts_at) >= e.enrolled_at)
        as "meetingsHeldAt",
      coalesce((select json_agg(json_build_object(
          'completedAt', st.completed_at,
          'onlyEvidenceFileAt', case when btrim(coalesce(st.evidence_url, '')) = ''
              and btrim(coalesce(st.evidence_text, '')) = ''
            then (select min(f.created_at) from evidence_file f
              where f.district_id = st.district_id and f.step_id = st.id) end))
        from action_plan p
        join action_step st on st.district_id = p.district_id and st.plan_id = p.id
        where p.district_id = e.district_id and p.person_id = e.person_id
          and p.stage_id = c.stage_id and st.status = 'done'
          and btrim(coalesce(st.reflection, '')) <> ''
          and (btrim(coalesce(st.evidence_url, '')) <> ''
            or btrim(coalesce(st.evidence_text, '')) <> ''
            or exists (select 1 from evidence_file f
              where f.district_id = st.district_id and f.step_id = st.id))), '[]')
        as "actionStepsDone"
    from enrolment e
    join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
    join stage g on g.district_id = c.district_id and g.id = c.stage_id
    left join enrolment_progress_summary s
      on s.district_id = e.district_id and s.enrolment_id = e.id
    order by e.id`,
  );
}

const moment = (text: string | null) => (text === null ? null : new Date(text));

/** Compares every enrolment; returns how many had their requirements met. */
async function expectKeptEqualsFacts(): Promise<number> {
  return withTenant(handle.db, districtId, async (tx) => {
    const rows = await readFacts(tx);
    expect(rows.length).toBeGreaterThan(10);
    let met = 0;
    for (const row of rows) {
      const direct = requirementsMetAt({
        workshopAttended: row.workshopAttended,
        workshopAt: new Date(row.workshopAt),
        sessionsTotal: row.sessionsTotal,
        sessionsCompletedAt: row.sessionsCompletedAt.map((at) => new Date(at)),
        meetingsRequired: row.meetingsRequired,
        meetingsHeldAt: row.meetingsHeldAt.map((at) => new Date(at)),
        actionStepsDone: row.actionStepsDone.map((step) => ({
          completedAt: new Date(step.completedAt),
          onlyEvidenceFileAt: moment(step.onlyEvidenceFileAt),
        })),
      });
      const kept = moment(row.keptAt);
      expect(kept?.getTime() ?? null, row.enrolmentId).toBe(direct?.getTime() ?? null);
      const completion = (requirements: Date | null) =>
        stageCompletedAt({
          requirementsMetAt: requirements,
          requiresConfirmation: row.requiresConfirmation,
          confirmedAt: moment(row.confirmedAt),
        })?.getTime() ?? null;
      expect(completion(kept), row.enrolmentId).toBe(completion(direct));
      if (direct) met += 1;
    }
    return met;
  });
}

/** One enrolment's ids, chosen by whether its requirements are met now. */
async function enrolmentWhere(met: boolean) {
  return withTenant(handle.db, districtId, async (tx) => {
    const [row] = await rawRows<{ id: string; personId: string; stageId: string }>(
      tx,
      sql`select e.id::text as id, e.person_id::text as "personId", c.stage_id::text as "stageId"
        from enrolment e
        join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
        join enrolment_progress_summary s on s.district_id = e.district_id and s.enrolment_id = e.id
        where (s.requirements_met_at is not null) = ${met}
        order by e.id limit 1`,
    );
    if (!row) throw new Error(`The seed has no enrolment with requirements met = ${met}.`);
    return row;
  });
}

describe("requirements_met_at", () => {
  test("equals the facts' moment for every seeded enrolment, through completing, taking back and confirming", async () => {
    await expectKeptEqualsFacts();

    // Complete: every requirement of an unmet enrolment met now, the meetings required dropped.
    const open = await enrolmentWhere(false);
    await withTenant(handle.db, districtId, async (tx) => {
      await tx.execute(sql`update enrolment set workshop_attended = true where id = ${open.id}`);
      await tx.execute(sql`update stage set meetings_required = 0 where id = ${open.stageId}`);
      await tx.execute(sql`insert into micropd_progress (district_id, person_id, session_id,
          completed_at)
        select district_id, ${open.personId}, id, now() - interval '2 days'
        from micropd_session where stage_id = ${open.stageId}
        on conflict (district_id, person_id, session_id)
          do update set completed_at = excluded.completed_at`);
      const [plan] = await rawRows<{ id: string }>(
        tx,
        sql`insert into action_plan (district_id, person_id, stage_id, goal)
          values (${districtId}, ${open.personId}, ${open.stageId}, 'Close the loop')
          on conflict (district_id, person_id, stage_id) do update set goal = action_plan.goal
          returning id::text as id`,
      );
      await tx.execute(sql`insert into action_step (district_id, plan_id, position, description,
          status, evidence_text, reflection)
        select ${districtId}, ${plan?.id}, coalesce(max(position), 0) + 1, 'Try it', 'done',
          'Notes', 'It worked'
        from action_step where plan_id = ${plan?.id}`);
    });
    expect(await enrolmentWhere(true)).toBeDefined();
    const metAfterCompleting = await expectKeptEqualsFacts();
    expect(metAfterCompleting).toBeGreaterThan(0);

    // Confirm every enrolment waiting for it, and edit every done step (its moment stays).
    await withTenant(handle.db, districtId, async (tx) => {
      await tx.execute(sql`update enrolment set confirmed_at = now() where confirmed_at is null`);
      await tx.execute(sql`update action_step set description = description || '.',
          updated_at = now()
        where status = 'done'`);
    });
    expect(await expectKeptEqualsFacts()).toBe(metAfterCompleting);

    // Un-complete: a met enrolment's sessions taken back.
    const done = await enrolmentWhere(true);
    await withTenant(handle.db, districtId, (tx) =>
      tx.execute(sql`update micropd_progress set completed_at = null
        where person_id = ${done.personId}`),
    );
    const metAfterTakingBack = await expectKeptEqualsFacts();
    expect(metAfterTakingBack).toBeLessThan(metAfterCompleting);

    // A session added to a stage unmeets it for its enrolments; removed, they are met again.
    await withTenant(handle.db, districtId, (tx) =>
      tx.execute(sql`insert into micropd_session (district_id, stage_id, position, title, summary,
          estimated_minutes)
        values (${districtId}, ${open.stageId}, 999, 'One more', 'Added later', 10)`),
    );
    expect(await expectKeptEqualsFacts()).toBeLessThan(metAfterTakingBack);
    await withTenant(handle.db, districtId, (tx) =>
      tx.execute(sql`delete from micropd_session where position = 999`),
    );
    expect(await expectKeptEqualsFacts()).toBe(metAfterTakingBack);
  });

  test("an edit of a done step keeps the date; marking it not done and done again moves it", async () => {
    const met = await enrolmentWhere(true);
    const keptOf = () =>
      withTenant(handle.db, districtId, async (tx) => {
        const [row] = await rawRows<{ keptAt: string | null }>(
          tx,
          sql`select to_json(requirements_met_at)#>>'{}' as "keptAt"
            from enrolment_progress_summary where enrolment_id = ${met.id}`,
        );
        return moment(row?.keptAt ?? null)?.getTime() ?? null;
      });
    const before = await keptOf();
    expect(before).not.toBeNull();
    const stepsOfMet = sql`plan_id in (select id from action_plan
      where person_id = ${met.personId} and stage_id = ${met.stageId})`;

    // A typo fixed in the reflection and the title, as the app saves an edit (its last edit moves).
    await withTenant(handle.db, districtId, (tx) =>
      tx.execute(sql`update action_step set reflection = reflection || ' (typo fixed)',
          description = description || ' (reworded)', updated_at = now() + interval '40 days',
          revision = revision + 1
        where status = 'done' and ${stepsOfMet}`),
    );
    expect(await keptOf()).toBe(before);
    await expectKeptEqualsFacts();

    // Marked not done: the requirement is missing, and the step forgets when it was done.
    await withTenant(handle.db, districtId, (tx) =>
      tx.execute(sql`update action_step set status = 'in_progress', completed_at = now()
        where status = 'done' and ${stepsOfMet}`),
    );
    expect(await keptOf()).toBeNull();
    await withTenant(handle.db, districtId, async (tx) => {
      const [left] = await rawRows<{ count: number }>(
        tx,
        sql`select count(*)::int as count from action_step
          where ${stepsOfMet} and status <> 'done' and completed_at is not null`,
      );
      expect(left?.count).toBe(0);
    });
    await expectKeptEqualsFacts();

    // Done again: its moment is now, the latest of the enrolment's facts.
    const redoneAt = await withTenant(handle.db, districtId, async (tx) => {
      await tx.execute(sql`update action_step set status = 'done'
        where status = 'in_progress' and ${stepsOfMet}`);
      const [row] = await rawRows<{ now: string }>(tx, sql`select to_json(now())#>>'{}' as now`);
      return new Date(row?.now ?? "").getTime();
    });
    const after = await keptOf();
    expect(after).toBe(redoneAt);
    expect(after).toBeGreaterThan(before ?? 0);
    await expectKeptEqualsFacts();
  });
});
