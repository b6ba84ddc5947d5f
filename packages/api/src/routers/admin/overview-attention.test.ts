import type { DashboardPeople } from "@throughline/db/queries/dashboards/dashboard-people";
import type { CaseloadRow } from "@throughline/domain/caseload";
import { caseloadFlagKindSchema } from "@throughline/domain/rules/caseload-flags";
import { describe, expect, it } from "vitest";
import { attentionBySchool } from "./overview-attention.ts";

/*
 * The overview's "needs attention" roll-up at the size of a big district: 400 schools, 2,000
 * teams, 20,000 teachers. Work is counted (each read of a row's teams), not timed, so the test
 * fails if the roll-up goes back to scanning every row for every school or team.
 */

const SCHOOLS = 400;
const TEAMS_PER_SCHOOL = 5;
const TEACHERS_PER_TEAM = 10;
const [firstKind] = caseloadFlagKindSchema.options;

function district(): { people: DashboardPeople; rows: CaseloadRow[]; teamReads: () => number } {
  let reads = 0;
  const people: DashboardPeople = { schools: [], teams: [], teachers: [], teamMembers: [] };
  const rows: CaseloadRow[] = [];
  for (let s = 0; s < SCHOOLS; s += 1) {
    const schoolId = `school-${s}`;
    people.schools.push({ id: schoolId, name: `School ${s}` });
    for (let t = 0; t < TEAMS_PER_SCHOOL; t += 1) {
      const team = { id: `team-${s}-${t}`, name: `Team ${t}` };
      people.teams.push({ ...team, schoolId });
      for (let p = 0; p < TEACHERS_PER_TEAM; p += 1) {
        const teams = [team];
        const row = {
          personId: `person-${s}-${t}-${p}`,
          displayName: `Teacher ${p}`,
          schoolName: `School ${s}`,
          stage: null,
          status: null,
          sessionsCompleted: 0,
          sessionsTotal: 0,
          stepsDone: 0,
          stepsTotal: 0,
          lastMeetingAt: null,
          flags: p === 0 && firstKind ? [{ kind: firstKind, reason: "behind" }] : [],
        } as Omit<CaseloadRow, "teams">;
        Object.defineProperty(row, "teams", {
          enumerable: true,
          get: () => {
            reads += 1;
            return teams;
          },
        });
        rows.push(row as CaseloadRow);
      }
    }
  }
  return { people, rows, teamReads: () => reads };
}

describe("attentionBySchool", () => {
  it("reads each teacher's teams a bounded number of times at 20,000 teachers", () => {
    const { people, rows, teamReads } = district();
    const attention = attentionBySchool(people, rows);
    expect(rows).toHaveLength(20_000);
    // Linear: a few reads per row. Scanning per school or per team is millions.
    expect(teamReads()).toBeLessThanOrEqual(2 * rows.length);
    expect(attention).toHaveLength(SCHOOLS);
    const [first] = attention;
    expect(first?.teachers).toBe(TEAMS_PER_SCHOOL * TEACHERS_PER_TEAM);
    expect(first?.flaggedTeachers).toBe(TEAMS_PER_SCHOOL);
    expect(first?.teams[0]?.memberCount).toBe(TEACHERS_PER_TEAM);
    expect(first?.teams[0]?.flagged.map((row) => row.personId)).toEqual(["person-0-0-0"]);
  });
});
