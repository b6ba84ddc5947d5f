import { caseloadSchema, teamCaseloadSchema } from "@throughline/domain/caseload";
import { sql } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { rawRows } from "../../testing.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { getCoachHome } from "../home-pages/coach-home.ts";
import { getCaseload, getTeamCaseload, teamCaseloadAccess } from "./caseload.ts";

const seeded = seededDatabasePerFile();
const { as } = seeded;

const dayMs = 24 * 60 * 60 * 1000;

describe("getCaseload", () => {
  test("has one row per teacher of the coach's home, in the output shape", async () => {
    const [caseload, home] = await as(demoPeople.coach.email, (tx, who) =>
      Promise.all([
        getCaseload(tx, { personId: who.personId }),
        getCoachHome(tx, { personId: who.personId }),
      ]),
    );
    expect(caseloadSchema.parse(caseload)).toBeTruthy();
    const homePeople = new Set(home.teams.flatMap((team) => team.members.map((m) => m.personId)));
    expect(new Set(caseload.rows.map((row) => row.personId))).toEqual(homePeople);
    expect(caseload.rows.length).toBe(homePeople.size);
    expect(caseload.teams.map((team) => team.id)).toEqual(home.teams.map((team) => team.id));
  });

  test("two months without meetings flags every enrolled teacher with the days", async () => {
    const later = new Date(Date.now() + 60 * dayMs);
    const caseload = await as(demoPeople.coach.email, (tx, who) =>
      getCaseload(tx, { personId: who.personId, now: later }),
    );
    for (const row of caseload.rows.filter((r) => r.stage !== null)) {
      const flag = row.flags.find((f) => f.kind === "no_recent_meeting");
      expect(flag, row.displayName).toBeDefined();
      if (row.lastMeetingAt) {
        const days = Math.floor((later.getTime() - row.lastMeetingAt.getTime()) / dayMs);
        expect(flag?.reason).toBe(`No support meeting in ${days} days`);
      }
    }
  });

  test("is empty for someone who neither coaches nor facilitates", async () => {
    const caseload = await as(demoPeople.teacher.email, (tx, who) =>
      getCaseload(tx, { personId: who.personId }),
    );
    expect(caseload).toEqual({ teams: [], rows: [] });
  });
});

describe("getTeamCaseload", () => {
  test("shows past meetings newest first and an attendance rate from the counts", async () => {
    const result = await as(demoPeople.coach.email, async (tx, who) => {
      const { teams } = await getCaseload(tx, { personId: who.personId });
      const teamId = teams[0]?.id ?? "";
      return getTeamCaseload(tx, { teamId });
    });
    expect(result).not.toBeNull();
    if (!result) return;
    expect(teamCaseloadSchema.parse(result)).toBeTruthy();
    const times = result.meetings.map((m) => m.startsAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times.every((time) => time <= Date.now())).toBe(true);
    const present = result.meetings
      .filter((m) => m.status !== "cancelled")
      .reduce((sum, m) => sum + m.present, 0);
    expect(result.attendanceRate).toBeCloseTo(
      present / (result.members.length * result.meetingsHeld),
    );
  });

  test("access: visible to its coach, not to a teacher; unknown ids are not found", async () => {
    const [anyTeam] = await rawRows<{ id: string }>(
      seeded.db,
      sql`select t.id::text as id from team t join district d on d.id = t.district_id
          where d.slug = 'maple-valley' order by t.name limit 1`,
    );
    const teamId = anyTeam?.id ?? "";
    const forTeacher = await as(demoPeople.teacher.email, (tx, who) =>
      teamCaseloadAccess(tx, { teamId, personId: who.personId }),
    );
    expect(forTeacher).toEqual({ canView: false });
    const unknown = await as(demoPeople.coach.email, (tx, who) =>
      teamCaseloadAccess(tx, {
        teamId: "00000000-0000-4000-8000-000000000000",
        personId: who.personId,
      }),
    );
    expect(unknown).toBeNull();
  });
});
