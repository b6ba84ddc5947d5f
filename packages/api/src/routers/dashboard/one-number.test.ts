import type { DashboardRow } from "@throughline/domain/dashboard";
import { describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * One fact, one number: on the seeded demo, every figure a team's table shows for a teacher is
 * the figure the teacher's own level shows, for every teacher of every team.
 */

const rowMetrics = [
  "teacherCount",
  "sessionsCompleted",
  "sessionsAssigned",
  "completionPercent",
  "pace",
  "medianWaitDays",
  "meetingsHeld",
  "meetingsScheduled",
  "meetingsCount",
  "stepsDoneWithEvidence",
  "stepsTotal",
  "badgesEarned",
  "medianPdHours",
] as const satisfies readonly (keyof DashboardRow)[];

const api = testApiPerFile();

describe("the team table and the teacher's level agree", () => {
  it("for every metric of every teacher of every team in the demo district", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const district = await admin.dashboard.district({ level: "district" });
    let compared = 0;
    for (const schoolRow of district.rows) {
      const school = await admin.dashboard.school({ schoolId: schoolRow.id });
      for (const teamRow of school.rows) {
        const team = await admin.dashboard.team({ teamId: teamRow.id });
        for (const teacherRow of team.rows) {
          const own = await admin.dashboard.teacher({ personId: teacherRow.id });
          const ownFigures = { ...own.metrics, meetingsCount: own.metrics.meetingsCount };
          for (const metric of rowMetrics) {
            expect
              .soft(ownFigures[metric], `${metric} of ${teacherRow.name} in ${teamRow.name}`)
              .toEqual(teacherRow[metric]);
          }
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("counts a teacher's support meetings by the meetings she was present at", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const district = await admin.dashboard.district({ level: "district" });
    for (const schoolRow of district.rows) {
      const school = await admin.dashboard.school({ schoolId: schoolRow.id });
      for (const teamRow of school.rows) {
        const team = await admin.dashboard.team({ teamId: teamRow.id });
        for (const teacherRow of team.rows) {
          expect(teacherRow.meetingsCount).toBe("attended");
          // Never more attended than held by her teams.
          expect(teacherRow.meetingsHeld).toBeLessThanOrEqual(teacherRow.meetingsScheduled);
        }
        expect(teamRow.meetingsCount).toBe("held");
      }
    }
  });
});
