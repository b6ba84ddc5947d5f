import type { DatabaseHandle } from "@throughline/db/client";
import type { DashboardReach } from "@throughline/db/queries/dashboard-people";
import { loadDashboardPeople } from "@throughline/db/queries/dashboard-people";
import {
  actionPlan,
  actionStep,
  cohort,
  collaborationBlock,
  district,
  enrolment,
  evidenceFile,
  meetingAttendance,
  micropdProgress,
  micropdSession,
  person,
  roleMembership,
  school,
  stage,
  supportMeeting,
  team,
  teamMember,
} from "@throughline/db/schema";
import { withTenant } from "@throughline/db/tenant";
import { createTestDatabase } from "@throughline/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeOf as errorCode } from "../testing/error-code.ts";
import { createTestApi, type TestApi } from "../testing/test-api.ts";
import { buildDashboard } from "./dashboard-build.ts";

/*
 * A hand-built district whose every figure was worked out on paper (see the comments), then
 * the scope rules on the seeded demo districts.
 */

const NOW = new Date("2026-11-02T12:00:00Z");
const at = (day: string) => new Date(`${day}T12:00:00Z`);

let handle: DatabaseHandle;
let districtId: string;
const ids = {
  school: "",
  teamX: "",
  teamY: "",
  teachers: [] as string[],
};

async function insertFixture(db: DatabaseHandle["db"]) {
  const [d] = await db
    .insert(district)
    .values({ name: "Fixture District", slug: "fixture" })
    .returning();
  if (!d) throw new Error("no district");
  districtId = d.id;
  const tenant = { districtId };
  const [s] = await db
    .insert(school)
    .values({ ...tenant, name: "Alder School" })
    .returning();
  const [st] = await db
    .insert(stage)
    .values({ ...tenant, position: 1, title: "Foundations", summary: "The first stage." })
    .returning();
  if (!s || !st) throw new Error("no school or stage");
  ids.school = s.id;
  const sessions = await db
    .insert(micropdSession)
    .values(
      [1, 2, 3].map((position) => ({
        ...tenant,
        stageId: st.id,
        position,
        title: `Session ${position}`,
        summary: "A session.",
        estimatedMinutes: 15,
      })),
    )
    .returning();
  const people = await db
    .insert(person)
    .values(
      ["Ada One", "Ben Two", "Cy Three", "Di Four"].map((displayName, index) => ({
        ...tenant,
        displayName,
        email: `t${index + 1}@fixture.test`,
      })),
    )
    .returning();
  const [t1, t2, t3, t4] = people.map((row) => row.id) as [string, string, string, string];
  ids.teachers = [t1, t2, t3, t4];
  await db.insert(roleMembership).values(
    people.map((row) => ({
      ...tenant,
      personId: row.id,
      role: "teacher" as const,
      schoolId: s.id,
    })),
  );
  const [x, y] = await db
    .insert(team)
    .values([
      { ...tenant, schoolId: s.id, name: "Team X", kind: "plc" as const },
      { ...tenant, schoolId: s.id, name: "Team Y", kind: "plc" as const },
    ])
    .returning();
  if (!x || !y) throw new Error("no teams");
  ids.teamX = x.id;
  ids.teamY = y.id;
  await db.insert(teamMember).values([
    { ...tenant, teamId: x.id, personId: t1 },
    { ...tenant, teamId: x.id, personId: t2 },
    { ...tenant, teamId: y.id, personId: t3 },
    { ...tenant, teamId: y.id, personId: t4 },
  ]);
  const [c] = await db
    .insert(cohort)
    .values({ ...tenant, schoolId: s.id, stageId: st.id, name: "Alder · 1", schoolYear: "2026-27" })
    .returning();
  if (!c) throw new Error("no cohort");
  // Workshops: Ada and Di attended (180 minutes each).
  await db.insert(enrolment).values([
    { ...tenant, cohortId: c.id, personId: t1, workshopAttended: true },
    { ...tenant, cohortId: c.id, personId: t2 },
    { ...tenant, cohortId: c.id, personId: t3 },
    { ...tenant, cohortId: c.id, personId: t4, workshopAttended: true },
  ]);
  const [s1, s2, s3] = sessions.map((row) => row.id) as [string, string, string];
  // Ada: all three (waits 3 and 10 days); Ben: one done, the next opened a day later.
  await db.insert(micropdProgress).values([
    {
      ...tenant,
      personId: t1,
      sessionId: s1,
      createdAt: at("2026-10-01"),
      completedAt: at("2026-10-02"),
      creditedMinutes: 15,
    },
    {
      ...tenant,
      personId: t1,
      sessionId: s2,
      createdAt: at("2026-10-05"),
      completedAt: at("2026-10-06"),
      creditedMinutes: 15,
    },
    {
      ...tenant,
      personId: t1,
      sessionId: s3,
      createdAt: at("2026-10-16"),
      completedAt: at("2026-10-20"),
      creditedMinutes: 15,
    },
    {
      ...tenant,
      personId: t2,
      sessionId: s1,
      createdAt: at("2026-10-10"),
      completedAt: at("2026-10-12"),
      creditedMinutes: 15,
    },
    { ...tenant, personId: t2, sessionId: s2, createdAt: at("2026-10-13") },
  ]);
  // Team X meets Wednesdays 15:00–15:45: 45 minutes a week.
  const [block] = await db
    .insert(collaborationBlock)
    .values({
      ...tenant,
      teamId: x.id,
      weekday: 3,
      startMinute: 900,
      endMinute: 945,
      createdById: t1,
    })
    .returning();
  if (!block) throw new Error("no block");
  const meeting = (teamId: string, day: string, extra: object) => ({
    ...tenant,
    teamId,
    title: "Support meeting",
    startsAt: at(day),
    endsAt: new Date(at(day).getTime() + 60 * 60_000),
    ...extra,
  });
  const [m1, m2] = await db
    .insert(supportMeeting)
    .values([
      meeting(x.id, "2026-10-07", {
        status: "closed",
        heldMinutes: 50,
        collaborationBlockId: block.id,
      }),
      meeting(y.id, "2026-10-14", { status: "closed", heldMinutes: 40 }),
      // Scheduled and never held.
      meeting(x.id, "2026-10-21", { status: "scheduled" }),
    ])
    .returning();
  if (!m1 || !m2) throw new Error("no meetings");
  await db.insert(meetingAttendance).values([
    { ...tenant, meetingId: m1.id, personId: t1, attendance: "present" as const },
    { ...tenant, meetingId: m1.id, personId: t2, attendance: "absent" as const },
    { ...tenant, meetingId: m2.id, personId: t3, attendance: "present" as const },
  ]);
  const plans = await db
    .insert(actionPlan)
    .values(
      [t1, t2, t3].map((personId) => ({ ...tenant, personId, stageId: st.id, goal: "A goal" })),
    )
    .returning();
  const [p1, p2, p3] = plans.map((row) => row.id) as [string, string, string];
  const steps = await db
    .insert(actionStep)
    .values([
      {
        ...tenant,
        planId: p1,
        position: 1,
        description: "a",
        status: "done" as const,
        evidenceText: "Exit tickets",
        reflection: "It worked.",
      },
      { ...tenant, planId: p1, position: 2, description: "b", status: "planned" as const },
      { ...tenant, planId: p2, position: 1, description: "c", status: "done" as const },
      { ...tenant, planId: p2, position: 2, description: "d", status: "done" as const },
      // Blank words are not evidence.
      {
        ...tenant,
        planId: p3,
        position: 1,
        description: "e",
        status: "done" as const,
        evidenceText: "   ",
      },
    ])
    .returning();
  const fileStep = steps.find((row) => row.description === "d");
  if (!fileStep) throw new Error("no step");
  await db.insert(evidenceFile).values({
    ...tenant,
    stepId: fileStep.id,
    fileName: "photo.jpg",
    contentType: "image/jpeg",
    sizeBytes: 100,
    storageKey: "evidence/photo.jpg",
    uploadedBy: t2,
  });
}

function dashboardAt(reach: DashboardReach) {
  return withTenant(handle.db, districtId, async (tx) => {
    const people = await loadDashboardPeople(tx, reach);
    return buildDashboard(tx, { reach, people, districtName: "Fixture District", now: NOW });
  });
}

describe("dashboard figures on a hand-built district", () => {
  beforeAll(async () => {
    handle = await createTestDatabase();
    await insertFixture(handle.db);
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
    // 45 minutes × 14 weeks scheduled; the 50 held minutes of the meeting in the block used.
    expect(metrics.collaborationScheduledMinutes).toBe(630);
    expect(metrics.collaborationUsedMinutes).toBe(50);
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
      { teamId: ids.teamX, teamName: "Team X", usedMinutes: 50, scheduledMinutes: 630 },
      { teamId: ids.teamY, teamName: "Team Y", usedMinutes: 0, scheduledMinutes: 0 },
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
        meetingsHeld: 1,
        meetingsScheduled: 2,
        stepsDoneWithEvidence: 2,
        stepsTotal: 4,
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
        meetingsHeld: 1,
        meetingsScheduled: 1,
        stepsDoneWithEvidence: 0,
        stepsTotal: 1,
        medianPdHours: 1.8,
      },
    ]);
  });

  it("gives the district the same totals, with the school as its row", async () => {
    const dashboard = await dashboardAt({ kind: "district" });
    expect(dashboard.metrics.sessionsCompleted).toBe(4);
    expect(dashboard.metrics.meetingsScheduled).toBe(3);
    expect(
      dashboard.rows.map((row) => [row.name, row.teacherCount, row.completionPercent]),
    ).toEqual([["Alder School", 4, 33]]);
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
      meetingsHeld: 1,
      meetingsScheduled: 2,
      collaborationUsedMinutes: 50,
      collaborationScheduledMinutes: 630,
      stepsDoneWithEvidence: 1,
      stepsTotal: 2,
      medianPdHours: 4.6,
    });
    expect(ada.metrics.funnel[0]).toMatchObject({ enrolled: 0, inProgress: 0, complete: 1 });
  });
});

describe("dashboard scope on the demo districts", () => {
  let api: TestApi;
  let riverside: { schoolId: string; teamId: string; personId: string };
  beforeAll(async () => {
    api = await createTestApi();
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
  afterAll(() => api.close());

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
