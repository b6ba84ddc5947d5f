import type { Database } from "@throughline/db/client";
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
  program,
  roleMembership,
  school,
  stage,
  supportMeeting,
  team,
  teamMember,
} from "@throughline/db/schema";
import { insertFixtureBadges } from "./dashboard-fixture-badges.ts";

/*
 * A small district whose every dashboard figure was worked out on paper (see the comments):
 * one school, two teams, four teachers, one stage of three sessions, dated progress, meetings,
 * one collaboration block and plan steps with and without evidence.
 */

/** The moment the fixture's figures are computed at. */
export const NOW = new Date("2026-11-02T12:00:00Z");
const at = (day: string) => new Date(`${day}T12:00:00Z`);

/** The ids the tests drill into. */
export interface DashboardFixture {
  districtId: string;
  school: string;
  teamX: string;
  teamY: string;
  teachers: string[];
}

export async function insertDashboardFixture(db: Database): Promise<DashboardFixture> {
  const ids: DashboardFixture = { districtId: "", school: "", teamX: "", teamY: "", teachers: [] };
  const [d] = await db
    .insert(district)
    .values({ name: "Fixture District", slug: "fixture" })
    .returning();
  if (!d) throw new Error("no district");
  ids.districtId = d.id;
  const tenant = { districtId: d.id };
  const [s] = await db
    .insert(school)
    .values({ ...tenant, name: "Alder School" })
    .returning();
  const [pr] = await db
    .insert(program)
    .values({ ...tenant, position: 1, title: "Instructional framework" })
    .returning();
  if (!pr) throw new Error("no program");
  const [st] = await db
    .insert(stage)
    .values({
      ...tenant,
      programId: pr.id,
      position: 1,
      title: "Foundations",
      summary: "The first stage.",
    })
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
      // Held at 15:00 Chicago time in Team X's Wednesday block: 45 of its 50 minutes in it.
      meeting(x.id, "2026-10-07", {
        status: "closed",
        startsAt: new Date("2026-10-07T20:00:00Z"),
        endsAt: new Date("2026-10-07T21:00:00Z"),
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
  await insertFixtureBadges(tenant, { ada: t1, cy: t3, di: t4 }, db);
  return ids;
}
