import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { Transaction } from "../../client.ts";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededLoginPerFile } from "../../testing-seeded.ts";
import { loadImpactFeedback, loadImpactGoals } from "./impact-pulse-goals.ts";
import { pickTeacherSession, wholeDistrictSelection } from "./impact-test-picks.ts";

/*
 * `teacher_feedback_day` and `team_goal_measures` (migration 0032) follow the writes they
 * summarise, whatever writes them, and equal a rebuild from scratch.
 */

const admin = seededLoginPerFile(demoPeople.admin.email);

async function keptRows(tx: Transaction): Promise<string[]> {
  const rows = await rawRows<{ row: string }>(
    tx,
    sql`select 'f ' || person_id || ' ' || day || ' ' || answered || ' ' || usefulness_sum || ' '
          || useful || ' ' || will_use_answered || ' ' || will_use_yes || ' ' || skipped as row
        from teacher_feedback_day
        union all
        select 'g ' || goal_id || ' ' || team_id || ' ' || school_id || ' ' || members || ' '
          || measures::text from team_goal_measures
        order by 1`,
  );
  return rows.map((row) => row.row);
}

async function expectKeptAsRebuilt(tx: Transaction): Promise<void> {
  const kept = await keptRows(tx);
  await tx.execute(sql`select refresh_teacher_impact(array_agg(district_id), array_agg(id))
    from person`);
  await tx.execute(sql`select refresh_team_goal_measures(array_agg(district_id), array_agg(id))
    from team_goal`);
  expect(await keptRows(tx)).toEqual(kept);
}

describe("the impact report's feedback and goal summaries", () => {
  test("feedback counts follow pulses answered, changed, skipped and deleted", async () => {
    await admin.rolledBack(async (tx) => {
      await expectKeptAsRebuilt(tx);
      const pick = await pickTeacherSession(
        tx,
        sql`select 1 from session_feedback f where f.person_id = e.person_id and f.item_id = ms.id`,
      );
      const personId = pick?.personId ?? "";
      const mine = async () =>
        (await loadImpactFeedback(tx, await wholeDistrictSelection(tx, admin.districtId))).find(
          (row) => row.personId === personId,
        );
      const before = (await mine()) ?? {
        answered: 0,
        usefulnessSum: 0,
        useful: 0,
        willUseAnswered: 0,
        willUseYes: 0,
        skipped: 0,
      };

      await tx.execute(sql`insert into session_feedback (district_id, item_kind, item_id, person_id,
          usefulness, will_use)
        values (${admin.districtId}, 'micropd_session', ${pick?.sessionId}, ${personId}, 4, 'yes')`);
      expect(await mine()).toMatchObject({
        answered: before.answered + 1,
        usefulnessSum: before.usefulnessSum + 4,
        useful: before.useful + 1,
        willUseYes: before.willUseYes + 1,
      });
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`update session_feedback set usefulness = 2, will_use = 'no'
        where person_id = ${personId} and item_id = ${pick?.sessionId}`);
      expect(await mine()).toMatchObject({
        usefulnessSum: before.usefulnessSum + 2,
        useful: before.useful,
        willUseAnswered: before.willUseAnswered + 1,
        willUseYes: before.willUseYes,
      });
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`delete from session_feedback
        where person_id = ${personId} and item_id = ${pick?.sessionId}`);
      expect((await mine())?.answered ?? 0).toBe(before.answered);
      await expectKeptAsRebuilt(tx);
    });
  });

  test("goal rows follow checkpoints, goals and team members", async () => {
    await admin.rolledBack(async (tx) => {
      const [goal] = await rawRows<{ id: string; teamId: string }>(
        tx,
        sql`select id, team_id as "teamId" from team_goal limit 1`,
      );
      expect(goal).toBeDefined();
      const row = async () =>
        (await loadImpactGoals(tx, { schools: "all" })).find((g) => g.goalId === goal?.id);
      const before = await row();
      expect(before).toBeDefined();

      await tx.execute(sql`insert into team_goal_checkpoint (district_id, goal_id, planned_on,
          measure_value)
        values (${admin.districtId}, ${goal?.id}, '2030-01-15', 77.5)`);
      expect((await row())?.measures.at(-1)).toEqual({ on: "2030-01-15", value: 77.5 });
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`update team_goal set target_value = 90 where id = ${goal?.id}`);
      expect((await row())?.targetValue).toBe(90);

      const members = before?.members ?? 0;
      await tx.execute(sql`delete from team_member where id = (select id from team_member
        where team_id = ${goal?.teamId} limit 1)`);
      expect((await row())?.members).toBe(members - 1);
      await expectKeptAsRebuilt(tx);

      await tx.execute(sql`delete from team_goal where id = ${goal?.id}`);
      expect(await row()).toBeUndefined();
      await expectKeptAsRebuilt(tx);
    });
  });
});
