import { withTenant } from "@throughline/db/tenant";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The dashboards read each teacher's MicroPD figures from summary tables kept by triggers
 * (migration 0020). Writing progress through the API moves the summary and the dashboard at once,
 * and the summary the triggers kept equals one rebuilt from scratch, as the migration's backfill
 * builds it.
 */

const api = testApiPerFile();

const reflection =
  "My students answered the essential question in writing at the end, and most of them could.";

interface SummaryRow {
  person_id: string;
  opened: string;
  waits: string;
}
interface DayRow {
  person_id: string;
  day: string;
  completed: number;
  minutes: number;
}

async function summaryTables() {
  return {
    summary: await rawRows<SummaryRow>(
      api.db,
      sql`select person_id::text, opened_stage_ids::text as opened, waits::text
          from teacher_session_summary order by district_id, person_id`,
    ),
    days: await rawRows<DayRow>(
      api.db,
      sql`select person_id::text, year_start::text as day, completed, minutes
          from teacher_session_year order by district_id, person_id, year_start`,
    ),
  };
}

describe("the teachers' MicroPD summary", () => {
  it("equals a rebuild from every progress row on the demo data", async () => {
    const kept = await summaryTables();
    expect(kept.summary.length).toBeGreaterThan(5);
    expect(kept.days.length).toBeGreaterThan(5);
    // The migration's backfill: every teacher with progress, rebuilt in one pass.
    await api.db.execute(sql`select refresh_teacher_sessions(array_agg(t.district_id), array_agg(t.person_id))
      from (select distinct district_id, person_id from micropd_progress) t`);
    expect(await summaryTables()).toEqual(kept);
    // And the school-year rows hold every completed session and its minutes, once.
    const totals = await rawRows<{
      rows: number;
      days: number;
      row_minutes: number;
      day_minutes: number;
    }>(
      api.db,
      sql`select
          (select count(*)::int from micropd_progress where completed_at is not null) as rows,
          (select sum(completed)::int from teacher_session_year) as days,
          (select sum(coalesce(p.credited_minutes, s.estimated_minutes))::int
             from micropd_progress p join micropd_session s
               on s.district_id = p.district_id and s.id = p.session_id
             where p.completed_at is not null) as row_minutes,
          (select sum(minutes)::int from teacher_session_year) as day_minutes`,
    );
    expect(totals[0]?.days).toBe(totals[0]?.rows);
    expect(totals[0]?.day_minutes).toBe(totals[0]?.row_minutes);
  });

  it("moves with a session completed through the API, and with progress deleted", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const hannah = await api.callerFor("hannah.lindqvist@maplevalley.test");
    const me = await hannah.viewer.me();
    const personId = me.person.id;
    const before = await admin.dashboard.teacher({ personId });
    const mine = async () =>
      rawRows<{ years: number; completed: number; minutes: number }>(
        api.db,
        sql`select count(*)::int as years, coalesce(sum(completed), 0)::int as completed,
              coalesce(sum(minutes), 0)::int as minutes
            from teacher_session_year where person_id = ${personId}`,
      );
    const [daysBefore] = await mine();

    const home = await hannah.teacher.home();
    const stageId = home.enrolments[0]?.stage.id;
    if (!stageId) throw new Error("Hannah is not enrolled in a stage.");
    const page = await hannah.path.stage({ stageId });
    const next = page.enrolment?.next;
    if (!next || next.kind === "finished") throw new Error("Hannah has no next session.");
    await hannah.micropd.saveProgress({ sessionId: next.session.id, currentBlock: 1 });
    const opened = await rawRows<{ opened: string }>(
      api.db,
      sql`select opened_stage_ids::text as opened from teacher_session_summary
          where person_id = ${personId}`,
    );
    expect(opened[0]?.opened).toContain(stageId);

    const view = await hannah.micropd.session({ sessionId: next.session.id });
    await hannah.micropd.complete({ sessionId: next.session.id, reflection });
    const [daysAfter] = await mine();
    expect(daysAfter?.completed).toBe((daysBefore?.completed ?? 0) + 1);
    expect(daysAfter?.minutes).toBe((daysBefore?.minutes ?? 0) + view.session.estimatedMinutes);

    // Completed just now: inside the pace window, so the pace of one teacher rises by 1/4 a week.
    const after = await admin.dashboard.teacher({ personId });
    expect(after.metrics.pace).toBeCloseTo(before.metrics.pace + 0.25, 2);
    expect(after.metrics.medianPdHours ?? 0).toBeGreaterThan(before.metrics.medianPdHours ?? 0);

    // Progress deleted (as when a session is deleted) leaves the summary as it was.
    await withTenant(api.db, me.district.id, (tx) =>
      tx.execute(sql`delete from micropd_progress
        where person_id = ${personId} and session_id = ${next.session.id}`),
    );
    const [daysDeleted] = await mine();
    expect(daysDeleted).toEqual(daysBefore);
    const again = await admin.dashboard.teacher({ personId });
    expect(again.metrics.pace).toBe(before.metrics.pace);
    expect(again.metrics.medianPdHours).toBe(before.metrics.medianPdHours);
  });

  it("follows a session's new length for progress credited no minutes", async () => {
    const [row] = await rawRows<{ person_id: string; session_id: string; district_id: string }>(
      api.db,
      sql`select person_id::text, session_id::text, district_id::text from micropd_progress
          where completed_at is not null limit 1`,
    );
    if (!row) throw new Error("No completed progress in the demo.");
    const minutesOf = async () =>
      (
        await rawRows<{ minutes: number }>(
          api.db,
          sql`select sum(minutes)::int as minutes from teacher_session_year
              where person_id = ${row.person_id}`,
        )
      )[0]?.minutes ?? 0;
    await api.db.execute(sql`update micropd_progress set credited_minutes = null
      where person_id = ${row.person_id} and session_id = ${row.session_id}`);
    const before = await minutesOf();
    const [session] = await rawRows<{ estimated_minutes: number }>(
      api.db,
      sql`select estimated_minutes from micropd_session where id = ${row.session_id}`,
    );
    const estimate = session?.estimated_minutes ?? 0;
    const changed = estimate === 20 ? 10 : 20;
    await api.db.execute(
      sql`update micropd_session set estimated_minutes = ${changed} where id = ${row.session_id}`,
    );
    expect(await minutesOf()).toBe(before - estimate + changed);
  });
});
