import type { DatabaseHandle } from "@throughline/db/client";
import type { DashboardReach } from "@throughline/db/queries/dashboards/dashboard-people";
import { loadDashboardPeople } from "@throughline/db/queries/dashboards/dashboard-people";
import { withTenant } from "@throughline/db/tenant";
import { createTestDatabase } from "@throughline/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DashboardFixture,
  insertDashboardFixture,
  NOW,
} from "../../testing/dashboard-fixture.ts";
import { codeOf as errorCode } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { buildDashboard } from "./build.ts";

/*
 * A hand-built district whose every figure was worked out on paper (see
 * `testing/dashboard-fixture.ts`), then the scope rules on the seeded demo districts.
 */

let handle: DatabaseHandle;
let districtId: string;
let ids: DashboardFixture;

function dashboardAt(reach: DashboardReach) {
  return withTenant(handle.db, districtId, async (tx) => {
    const people = await loadDashboardPeople(tx, reach);
    return buildDashboard(tx, { reach, people, districtName: "Fixture District", now: NOW });
  });
}

describe("dashboard figures on a hand-built district", () => {
  beforeAll(async () => {
    handle = await createTestDatabase();
    ids = await insertDashboardFixture(handle.db);
    districtId = ids.districtId;
  });
  afterAll(() => handle.close());

  it("computes the school's figures exactly", async () => {
    const dashboard = await dashboardAt({ kind: "school", schoolId: ids.school });
    // 1 Aug to 2 Nov 12:00 is 93.5 days: 14 started weeks.
    expect(dashboard.window).toMatchObject({ label: "2026-27 school year so far", weeks: 14 });
    expect(dashboard.trail.map((crumb) => crumb.name)).toEqual([
      "Fixture District",
      "Alder School",
    ]);
    const { metrics } = dashboard;
    expect(metrics.teacherCount).toBe(4);
    // Ada complete; Ben (opened a session) and Di (workshop) in progress; Cy only enrolled.
    expect(metrics.funnel).toEqual([
      {
        stageId: expect.any(String),
        position: 1,
        title: "Foundations",
        programId: expect.any(String),
        programTitle: expect.any(String),
        enrolled: 1,
        inProgress: 2,
        complete: 1,
      },
    ]);
    // 3 + 1 of 4 × 3 sessions.
    expect(metrics.sessionsCompleted).toBe(4);
    expect(metrics.sessionsAssigned).toBe(12);
    expect(metrics.completionPercent).toBe(33);
    // Since 5 Oct 12:00: Ada's 6 and 20 Oct, Ben's 12 Oct = 3 sessions / 4 teachers / 4 weeks.
    expect(metrics.pace).toBe(0.19);
    // Waits 3 and 10 (Ada), 1 (Ben).
    expect(metrics.medianWaitDays).toBe(3);
    expect(metrics.meetingsHeld).toBe(2);
    expect(metrics.meetingsScheduled).toBe(3);
    // 45 minutes × 14 weeks scheduled; the held meeting's 45 minutes inside the block used.
    expect(metrics.collaborationScheduledMinutes).toBe(630);
    expect(metrics.collaborationUsedMinutes).toBe(45);
    expect(metrics.stepsDoneWithEvidence).toBe(2);
    expect(metrics.stepsTotal).toBe(5);
    // Hours: Ada 180+45+50 min = 4.58, Ben 15 min = 0.25, Cy 40 min = 0.67, Di 180 min = 3.
    expect(metrics.medianPdHours).toBe(1.8);
    expect(metrics.pdHoursDistribution.map((bucket) => [bucket.label, bucket.count])).toEqual([
      ["0–2", 2],
      ["3–5", 2],
      ["6–8", 0],
      ["9–11", 0],
      ["12–14", 0],
      ["15+", 0],
    ]);
    expect(dashboard.collaboration).toEqual([
      { teamId: ids.teamX, teamName: "Team X", usedMinutes: 45, scheduledMinutes: 630 },
      { teamId: ids.teamY, teamName: "Team Y", usedMinutes: 0, scheduledMinutes: 0 },
    ]); // Ada 1, Cy 2; Di's revoked badge does not count.
    expect(metrics.badgesEarned).toBe(3);
    expect(dashboard.badgesByCredential.map((row) => [row.name, row.badgesEarned])).toEqual([
      ["Questioning", 2],
      ["Exit Tickets", 1],
    ]);
  });

  it("has one row per team with the team's own figures", async () => {
    const dashboard = await dashboardAt({ kind: "school", schoolId: ids.school });
    expect(dashboard.rows).toEqual([
      {
        id: ids.teamX,
        name: "Team X",
        level: "team",
        teacherCount: 2,
        sessionsCompleted: 4,
        sessionsAssigned: 6,
        completionPercent: 67,
        pace: 0.38,
        medianWaitDays: 3,
        meetingsCount: "held",
        meetingsHeld: 1,
        meetingsScheduled: 2,
        stepsDoneWithEvidence: 2,
        stepsTotal: 4,
        badgesEarned: 1,
        medianPdHours: 2.4,
      },
      {
        id: ids.teamY,
        name: "Team Y",
        level: "team",
        teacherCount: 2,
        sessionsCompleted: 0,
        sessionsAssigned: 6,
        completionPercent: 0,
        pace: 0,
        medianWaitDays: null,
        meetingsCount: "held",
        meetingsHeld: 1,
        meetingsScheduled: 1,
        stepsDoneWithEvidence: 0,
        stepsTotal: 1,
        badgesEarned: 2,
        medianPdHours: 1.8,
      },
    ]);
  });

  it("gives the district the same totals, with the school as its row", async () => {
    const dashboard = await dashboardAt({ kind: "district" });
    expect(dashboard.metrics.sessionsCompleted).toBe(4);
    expect(dashboard.metrics.meetingsScheduled).toBe(3);
    expect(
      dashboard.rows.map((row) => [
        row.name,
        row.teacherCount,
        row.completionPercent,
        row.badgesEarned,
      ]),
    ).toEqual([["Alder School", 4, 33, 3]]);
  });

  it("lists a team's teachers and one teacher's own figures", async () => {
    const teamView = await dashboardAt({ kind: "team", teamId: ids.teamX });
    expect(teamView.trail.map((crumb) => crumb.name)).toEqual([
      "Fixture District",
      "Alder School",
      "Team X",
    ]);
    expect(
      teamView.rows.map((row) => [row.name, row.sessionsCompleted, row.medianPdHours]),
    ).toEqual([
      ["Ada One", 3, 4.6],
      ["Ben Two", 1, 0.3],
    ]);

    const ada = await dashboardAt({ kind: "teacher", personId: ids.teachers[0] ?? "" });
    expect(ada.trail.map((crumb) => crumb.level)).toEqual([
      "district",
      "school",
      "team",
      "teacher",
    ]);
    expect(ada.rows).toEqual([]);
    expect(ada.metrics).toMatchObject({
      teacherCount: 1,
      sessionsCompleted: 3,
      sessionsAssigned: 3,
      completionPercent: 100,
      // 2 sessions in the last 4 weeks.
      pace: 0.5,
      medianWaitDays: 6.5,
      // Her own meetings: present at Team X's one closed meeting (the other is not held yet).
      meetingsCount: "attended",
      meetingsHeld: 1,
      meetingsScheduled: 1,
      collaborationUsedMinutes: 45,
      collaborationScheduledMinutes: 630,
      stepsDoneWithEvidence: 1,
      stepsTotal: 2,
      badgesEarned: 1,
      medianPdHours: 4.6,
    });
    expect(ada.metrics.funnel[0]).toMatchObject({ enrolled: 0, inProgress: 0, complete: 1 });
  });
});

describe("a teacher's support meetings are hers, not her team's", () => {
  beforeAll(async () => {
    handle = await createTestDatabase();
    ids = await insertDashboardFixture(handle.db);
    districtId = ids.districtId;
  });
  afterAll(() => handle.close());

  it("counts Ben, absent at Team X's one held meeting, as attending none of one", async () => {
    const ben = await dashboardAt({ kind: "teacher", personId: ids.teachers[1] ?? "" });
    expect(ben.metrics).toMatchObject({
      meetingsCount: "attended",
      meetingsHeld: 0,
      meetingsScheduled: 1,
    });
    const teamView = await dashboardAt({ kind: "team", teamId: ids.teamX });
    const row = teamView.rows.find((entry) => entry.id === ids.teachers[1]);
    expect(row).toMatchObject({ meetingsCount: "attended", meetingsHeld: 0, meetingsScheduled: 1 });
    // The team itself still counts its meetings held of scheduled.
    expect(teamView.metrics).toMatchObject({
      meetingsCount: "held",
      meetingsHeld: 1,
      meetingsScheduled: 2,
    });
  });
});

describe("dashboard scope on the demo districts", () => {
  const api = testApiPerFile();
  let riverside: { schoolId: string; teamId: string; personId: string };
  beforeAll(async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const district = await admin.dashboard.district({ level: "district" });
    const row = district.rows.find((entry) => entry.name === "Riverside Middle School");
    if (!row) throw new Error("Riverside Middle School is missing");
    const school = await admin.dashboard.school({ schoolId: row.id });
    const teamRow = school.rows[0];
    if (!teamRow) throw new Error("Riverside has no team");
    const teamView = await admin.dashboard.team({ teamId: teamRow.id });
    const teacher = teamView.rows[0];
    if (!teacher) throw new Error("The Riverside team has no teacher");
    riverside = { schoolId: row.id, teamId: teamRow.id, personId: teacher.id };
  });

  it("shows a district admin both schools", async () => {
    const admin = await api.callerFor("admin@maplevalley.test");
    const district = await admin.dashboard.district({ level: "district" });
    expect(district.rows.map((row) => row.name).sort()).toEqual([
      "Maple Valley Elementary",
      "Riverside Middle School",
    ]);
  });

  it("refuses the principal of Maple Valley Elementary the district and Riverside", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    expect(await errorCode(principal.dashboard.district({ level: "district" }))).toBe("FORBIDDEN");
    expect(await errorCode(principal.dashboard.school({ schoolId: riverside.schoolId }))).toBe(
      "FORBIDDEN",
    );
    expect(await errorCode(principal.dashboard.team({ teamId: riverside.teamId }))).toBe(
      "FORBIDDEN",
    );
    expect(await errorCode(principal.dashboard.teacher({ personId: riverside.personId }))).toBe(
      "FORBIDDEN",
    );
  });

  it("shows the principal their own school, its teams and teachers", async () => {
    const principal = await api.callerFor("principal@maplevalley.test");
    const admin = await api.callerFor("admin@maplevalley.test");
    const district = await admin.dashboard.district({ level: "district" });
    const maple = district.rows.find((row) => row.name === "Maple Valley Elementary");
    if (!maple) throw new Error("Maple Valley Elementary is missing");
    const school = await principal.dashboard.school({ schoolId: maple.id });
    expect(school.trail.at(-1)?.name).toBe("Maple Valley Elementary");
    const teamRow = school.rows[0];
    if (!teamRow) throw new Error("Maple Valley has no team");
    const teamView = await principal.dashboard.team({ teamId: teamRow.id });
    expect(teamView.rows.length).toBeGreaterThan(0);
  });

  it("refuses teachers and names a bad id", async () => {
    const teacher = await api.callerFor("teacher@maplevalley.test");
    expect(await errorCode(teacher.dashboard.district({ level: "district" }))).toBe("FORBIDDEN");
    const admin = await api.callerFor("admin@maplevalley.test");
    expect(await errorCode(admin.dashboard.school({ schoolId: "not-an-id" }))).toBe("BAD_REQUEST");
    expect(
      await errorCode(admin.dashboard.school({ schoolId: "8a6e0804-2bd0-4672-b79d-d97027f21000" })),
    ).toBe("NOT_FOUND");
  });
});
