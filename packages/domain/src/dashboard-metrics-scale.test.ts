import { describe, expect, test } from "vitest";
import {
  badgesByCredential,
  collaborationByTeam,
  type DashboardFacts,
  dashboardMetrics,
  type MetricsScope,
} from "./dashboard-metrics.ts";

/*
 * A district of 20,000 teachers in 400 schools: the dashboard's figures for the district and for
 * each of its schools must read each fact row a bounded number of times. Counted, not timed: every
 * facts list is wrapped so each element read is tallied, and a scan per teacher or per school row
 * (the old waits metric read every session once per teacher) would read billions.
 */

const TEACHERS = 20_000;
const SCHOOLS = 400;
const SESSIONS_EACH = 15;

let reads = 0;

/** The list, with every read of an element counted. */
function counted<T>(rows: T[]): T[] {
  return new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === "string" && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver);
    },
  });
}

const id = (kind: string, n: number) => `${kind}-${n}`;

function generatedFacts(): DashboardFacts {
  const stages = [1, 2, 3].map((position) => ({
    id: id("stage", position),
    position,
    title: `Stage ${position}`,
  }));
  const teachers = Array.from({ length: TEACHERS }, (_, n) => n);
  const teams = Array.from({ length: SCHOOLS * 5 }, (_, n) => n);
  return {
    stages: counted(stages),
    enrolments: counted(
      teachers.map((n) => ({
        personId: id("t", n),
        stageId: id("stage", (n % 3) + 1),
        status: n % 7 === 0 ? ("complete" as const) : ("in_progress" as const),
        workshopAttended: n % 2 === 0,
        sessionsTotal: SESSIONS_EACH,
        sessionsCompleted: n % SESSIONS_EACH,
      })),
    ),
    sessionSummaries: counted(
      teachers.map((n) => ({
        personId: id("t", n),
        openedStageIds: [id("stage", (n % 3) + 1)],
        recentCompleted: n % 4,
        windowMinutes: 20 * (n % SESSIONS_EACH),
        waits: [
          [0, n % 3],
          [2 + (n % 5), (n % SESSIONS_EACH) - (n % 3)],
        ] as [number, number][],
      })),
    ),
    steps: counted(teachers.map((n) => ({ personId: id("t", n), total: 3, doneWithEvidence: 1 }))),
    workshopMinutes: counted(teachers.map((n) => ({ personId: id("t", n), minutes: 360 }))),
    meetingMinutes: counted(teachers.map((n) => ({ personId: id("t", n), minutes: 45 }))),
    externalMinutes: counted(
      teachers.filter((n) => n % 4 === 0).map((n) => ({ personId: id("t", n), minutes: 390 })),
    ),
    teamMeetings: counted(teams.map((n) => ({ teamId: id("team", n), held: 4, scheduled: 5 }))),
    teacherMeetings: counted(teachers.map((n) => ({ personId: id("t", n), held: 4, attended: 3 }))),
    teamBlocks: counted(teams.map((n) => ({ teamId: id("team", n), weeklyMinutes: 45 }))),
    teamBlockUse: counted(teams.map((n) => ({ teamId: id("team", n), usedMinutes: 200 }))),
    badges: counted(
      teachers
        .filter((n) => n % 4 === 0)
        .map((n) => ({ personId: id("t", n), credentialId: "c-1", credentialName: "Questioning" })),
    ),
  };
}

describe("dashboard figures at the size of a big district", () => {
  test("the district and its 400 school rows read each fact row a bounded number of times", () => {
    const facts = generatedFacts();
    const factRows = Object.values(facts).reduce((total, rows) => total + rows.length, 0);
    const window = {
      from: new Date(Date.UTC(2026, 7, 1)),
      to: new Date(Date.UTC(2026, 11, 1)),
      weeks: 18,
    };
    const district: MetricsScope = {
      personIds: new Set(Array.from({ length: TEACHERS }, (_, n) => id("t", n))),
      teamIds: new Set(Array.from({ length: SCHOOLS * 5 }, (_, n) => id("team", n))),
      meetingsCount: "held",
      window,
    };
    reads = 0;

    const whole = dashboardMetrics(facts, district);
    const schoolRows = Array.from({ length: SCHOOLS }, (_, school) => {
      const teachers = new Set<string>();
      for (let n = school; n < TEACHERS; n += SCHOOLS) teachers.add(id("t", n));
      const teams = new Set<string>();
      for (let n = school; n < SCHOOLS * 5; n += SCHOOLS) teams.add(id("team", n));
      return dashboardMetrics(facts, {
        personIds: teachers,
        teamIds: teams,
        meetingsCount: "held",
        window,
      });
    });
    collaborationByTeam(
      facts,
      [...district.teamIds].map((teamId) => ({ id: teamId, name: teamId })),
      window.weeks,
    );
    badgesByCredential(facts, district.personIds);

    // A scan per teacher would read about 20,000 × 130,000 rows; per school row, 400 × 130,000.
    expect(factRows).toBeGreaterThan(130_000);
    expect(reads).toBeLessThanOrEqual(2 * factRows);

    expect(whole.teacherCount).toBe(TEACHERS);
    const total = (pick: (row: typeof whole) => number) =>
      schoolRows.reduce((sum, row) => sum + pick(row), 0);
    expect(total((row) => row.teacherCount)).toBe(TEACHERS);
    expect(total((row) => row.sessionsCompleted)).toBe(whole.sessionsCompleted);
    expect(total((row) => row.badgesEarned)).toBe(whole.badgesEarned);
    expect(total((row) => row.meetingsHeld)).toBe(whole.meetingsHeld);
    expect(whole.medianWaitDays).not.toBeNull();
  }, 60_000);
});
