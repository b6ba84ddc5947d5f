import type { CaseloadFlagKind } from "@throughline/domain/rules/caseload-flags";
import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { loadCaseloadOfTeams } from "./caseload-facts.ts";
import { caseloadOf } from "./caseload-rows.ts";
import { memberFlagsSql, schoolAttentionCounts } from "./school-attention-counts.ts";

/*
 * The flags counted in SQL are the caseload's pure rules: for every demo team member, at
 * instants from the past to well past the rules' 21- and 45-day windows, the SQL decides each
 * flag as `caseloadOf` does, and each school's counts are those of its teachers' caseload rows.
 */

const seeded = seededDatabasePerFile();
const dayMs = 24 * 60 * 60 * 1000;
const offsets = [-30, 0, 1, 20, 22, 44, 46, 90, 400];

describe("schoolAttentionCounts", () => {
  test("decides every member's flags as the caseload's rules do", async () => {
    const seen = new Set<string>();
    for (const days of offsets) {
      const now = new Date(Date.now() + days * dayMs);
      const { expected, actual } = await seeded.as(demoPeople.admin.email, async (tx) => {
        const facts = await loadCaseloadOfTeams(tx, { where: sql`true`, byName: false, now });
        const rows = caseloadOf(facts, now).rows;
        const sqlFlags = await rawRows<Record<string, unknown> & { memberId: string }>(
          tx,
          memberFlagsSql(sql`select distinct person_id as "memberId" from team_member`, now),
        );
        return {
          expected: new Map(
            rows.map((row) => [row.personId, row.flags.map((flag) => flag.kind).sort()]),
          ),
          actual: new Map(
            sqlFlags.map((row) => [
              row.memberId,
              Object.entries(row)
                .filter(([key, value]) => key !== "memberId" && value === true)
                .map(([key]) => key)
                .sort(),
            ]),
          ),
        };
      });
      expect(expected.size).toBeGreaterThan(10);
      for (const [personId, kinds] of expected) {
        expect(actual.get(personId), `${personId} ${days} days on`).toEqual(kinds);
        for (const kind of kinds) seen.add(kind);
      }
    }
    // The instants reach every rule that the demo's facts can trip.
    expect([...seen].sort()).toEqual([
      "behind_on_micropd",
      "no_recent_meeting",
      "not_observed_recently",
      "overdue_or_stuck_steps",
      "ready_for_review",
    ]);
  });

  test("counts each school's teachers and flags as their caseload rows do", async () => {
    const now = new Date(Date.now() + 30 * dayMs);
    const { counts, expected } = await seeded.as(demoPeople.admin.email, async (tx) => {
      const facts = await loadCaseloadOfTeams(tx, { where: sql`true`, byName: false, now });
      const rows = caseloadOf(facts, now).rows;
      const teachers = new Set(
        (
          await rawRows<{ id: string }>(
            tx,
            sql`select distinct rm.person_id as id from role_membership rm
              join person p on p.district_id = rm.district_id and p.id = rm.person_id
              where rm.role = 'teacher' and p.active`,
          )
        ).map((row) => row.id),
      );
      const schoolOfTeam = new Map(
        (
          await rawRows<{ id: string; schoolId: string }>(
            tx,
            sql`select id, school_id as "schoolId" from team`,
          )
        ).map((row) => [row.id, row.schoolId]),
      );
      const bySchool = new Map<string, { teachers: number; flagged: number; kinds: string[] }>();
      for (const row of rows.filter((candidate) => teachers.has(candidate.personId))) {
        for (const schoolId of new Set(row.teams.map((team) => schoolOfTeam.get(team.id)))) {
          if (!schoolId) continue;
          const school = bySchool.get(schoolId) ?? { teachers: 0, flagged: 0, kinds: [] };
          school.teachers += 1;
          if (row.flags.length > 0) school.flagged += 1;
          school.kinds.push(...row.flags.map((flag) => flag.kind));
          bySchool.set(schoolId, school);
        }
      }
      return { counts: await schoolAttentionCounts(tx, { now }), expected: bySchool };
    });
    expect(counts.length).toBeGreaterThanOrEqual(2);
    let flagged = 0;
    for (const school of counts) {
      const want = expected.get(school.schoolId) ?? { teachers: 0, flagged: 0, kinds: [] };
      expect(school.teachers, school.schoolName).toBe(want.teachers);
      expect(school.flaggedTeachers, school.schoolName).toBe(want.flagged);
      for (const [kind, count] of Object.entries(school.flagCounts)) {
        const named = want.kinds.filter((candidate) => candidate === (kind as CaseloadFlagKind));
        expect(count, `${kind} at ${school.schoolName}`).toBe(named.length);
      }
      flagged += school.flaggedTeachers;
    }
    expect(flagged).toBeGreaterThan(0);
  });
});
