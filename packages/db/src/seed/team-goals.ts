import { randomUUID } from "node:crypto";
import type { ClassResult } from "@throughline/domain/team-goal-measure";
import { demoPeople } from "./demo-logins.ts";
import type { DistrictRows } from "./rows.ts";
import { addDays } from "./time.ts";

/**
 * The demo's team goal on student learning: the K–2 Literacy PLC wants more of its students
 * reading on benchmark on the common phonics screener. Its coach recorded two checkpoints, one
 * from a file of class results (no student names) and one as a number, and the next is planned.
 * The line from 48% to 70% puts the team on track at the latest checkpoint.
 */

const TEAM_NAME = "K–2 Literacy PLC";

const firstCheckpointClasses: ClassResult[] = [
  { className: "K-A", students: 22, proficient: 10, averageScore: null },
  { className: "1-B", students: 24, proficient: 13, averageScore: null },
  { className: "2-C", students: 25, proficient: 15, averageScore: null },
];

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Appends the goal, its indicators and sessions, and its checkpoints to the built rows. */
export function seedTeamGoals(rows: DistrictRows, now: Date): void {
  const { tenant } = rows;
  const districtId = rows.district.id;
  const team = tenant.teams.find((row) => row.name === TEAM_NAME);
  const coach = tenant.persons.find((person) => person.email === demoPeople.coach.email);
  if (!team?.id || !coach?.id) throw new Error(`The demo team goal needs the ${TEAM_NAME}.`);
  const goalId = randomUUID();
  tenant.teamGoals.push({
    districtId,
    id: goalId,
    teamId: team.id,
    problem:
      "Too many K–2 students cannot yet decode the words of their grade: they guess from the picture and stall on longer texts.",
    measure: "Share of K–2 students at or above benchmark on the common phonics screener",
    unit: "percent",
    baselineValue: 48,
    targetValue: 70,
    startsOn: day(addDays(now, -60)),
    targetOn: day(addDays(now, 120)),
    createdById: coach.id,
    createdAt: addDays(now, -60),
  });
  const indicatorIds = new Set(
    tenant.indicators.slice(0, 2).flatMap((row) => (row.id ? [row.id] : [])),
  );
  for (const indicatorId of indicatorIds) {
    tenant.teamGoalIndicators.push({ districtId, goalId, indicatorId });
  }
  const sessionIds = tenant.sessionIndicators
    .filter((link) => indicatorIds.has(link.indicatorId))
    .map((link) => link.sessionId);
  for (const sessionId of [...new Set(sessionIds)].slice(0, 2)) {
    tenant.teamGoalSessions.push({ districtId, goalId, sessionId });
  }
  // 71 students, 38 on benchmark: 53.5% (the rule the app uses, class by class summed).
  tenant.teamGoalCheckpoints.push(
    {
      districtId,
      goalId,
      plannedOn: day(addDays(now, -30)),
      measureValue: 53.5,
      classResults: firstCheckpointClasses,
      note: "First screener after the decoding routines started.",
      recordedById: coach.id,
      recordedAt: addDays(now, -29),
    },
    {
      districtId,
      goalId,
      plannedOn: day(addDays(now, -5)),
      measureValue: 56,
      note: "Quick re-check of the same screener.",
      recordedById: coach.id,
      recordedAt: addDays(now, -4),
    },
    { districtId, goalId, plannedOn: day(addDays(now, 40)) },
    { districtId, goalId, plannedOn: day(addDays(now, 120)) },
  );
}
