import {
  adminHomeSchema,
  coachHomeSchema,
  teacherHomeSchema,
  viewerSchema,
} from "@throughline/domain/home";
import { describe, expect, test } from "vitest";
import { demoPeople } from "../../seed/demo-logins.ts";
import { seededDatabasePerFile } from "../../testing-seeded.ts";
import { getStage, listStages } from "../framework/framework.ts";
import { getViewer } from "../people/viewer.ts";
import { getAdminHome } from "./admin-home.ts";
import { getCoachHome } from "./coach-home.ts";
import { getTeacherHome } from "./teacher-home.ts";

const { as } = seededDatabasePerFile();

describe("getViewer", () => {
  test("names the person, the district and the roles with their schools", async () => {
    const viewer = await as(demoPeople.principal.email, (tx, who) => getViewer(tx, who));
    expect(viewerSchema.parse(viewer)).toBeTruthy();
    expect(viewer?.person.displayName).toBe(demoPeople.principal.displayName);
    expect(viewer?.district.name).toBe("Maple Valley Unified");
    expect(viewer?.roles).toEqual([
      expect.objectContaining({ role: "principal", schoolName: "Maple Valley Elementary" }),
    ]);
    expect(viewer?.facilitatesTeam).toBe(false);
  });

  test("knows a teacher leader facilitates a team", async () => {
    const viewer = await as(demoPeople.teacherLeader.email, (tx, who) => getViewer(tx, who));
    expect(viewer?.roles.map((r) => r.role).sort()).toEqual(["coach", "teacher"]);
    expect(viewer?.facilitatesTeam).toBe(true);
  });
});

describe("getTeacherHome", () => {
  test("shows the demo teacher in progress in Stage 1 with a session to take now", async () => {
    const home = await as(demoPeople.teacher.email, (tx, who) =>
      getTeacherHome(tx, { personId: who.personId, now: new Date() }),
    );
    expect(teacherHomeSchema.parse(home)).toBeTruthy();
    expect(home.person.displayName).toBe(demoPeople.teacher.displayName);
    expect(home.schoolName).toBe("Maple Valley Elementary");
    // Every stage by position: the framework's three and the technology program's one.
    expect(home.stages.map((s) => s.position)).toEqual([1, 1, 2, 3]);
    expect(
      home.programs.map((p) => [p.title, p.required, p.stages.length, p.current?.status]),
    ).toEqual([
      ["Instructional framework", true, 3, "in_progress"],
      ["Classroom technology", true, 1, "not_started"],
    ]);
    expect(home.enrolments.map((e) => e.stage.title)).toEqual([
      "High Performance Learning-Focused Lessons",
      "Devices that show student thinking",
    ]);
    const [enrolment] = home.enrolments;
    expect(enrolment).toMatchObject({
      releaseMode: "self_paced",
      status: "in_progress",
      workshopAttended: true,
      sessionsTotal: 10,
      sessionsCompleted: 5,
      stage: { position: 1, title: "High Performance Learning-Focused Lessons" },
    });
    expect(enrolment?.next).toMatchObject({ kind: "available", session: { position: 6 } });
  });

  test("shows a dated cohort's next session as scheduled once the released ones are done", async () => {
    // The teacher leader is nearly done in the dated Stage 2 cohort: released sessions finished.
    const home = await as(demoPeople.teacherLeader.email, (tx, who) =>
      getTeacherHome(tx, { personId: who.personId, now: new Date() }),
    );
    const [enrolment] = home.enrolments;
    expect(enrolment?.releaseMode).toBe("dated");
    expect(enrolment?.next.kind).toBe("scheduled");
    if (enrolment?.next.kind === "scheduled") {
      expect(enrolment.next.opensAt.getTime()).toBeGreaterThan(Date.now());
      expect(enrolment.next.session.position).toBe(enrolment.sessionsCompleted + 1);
    }
  });
});

describe("getCoachHome", () => {
  test("shows the coach's teams with every member's stage and progress", async () => {
    const home = await as(demoPeople.coach.email, (tx, who) => getCoachHome(tx, who));
    expect(coachHomeSchema.parse(home)).toBeTruthy();
    // Facilitates the K–2 PLC; coaches both elementary cohorts, whose teachers sit in all three teams.
    expect(home.teams.map((t) => t.name).sort()).toEqual([
      "Grades 3–5 Team",
      "Intervention & Specials Department",
      "K–2 Literacy PLC",
    ]);
    const plc = home.teams.find((t) => t.name === "K–2 Literacy PLC");
    expect(plc?.facilitatorName).toBe(demoPeople.coach.displayName);
    expect(plc?.schoolName).toBe("Maple Valley Elementary");
    const members = home.teams.flatMap((t) => t.members);
    expect(members).toHaveLength(20);
    const maria = members.find((m) => m.displayName === demoPeople.teacher.displayName);
    expect(maria).toMatchObject({
      stagePosition: 1,
      status: "in_progress",
      sessionsCompleted: 5,
      sessionsTotal: 10,
    });
    const notEnrolled = members.filter((m) => m.stagePosition === null);
    expect(notEnrolled).toHaveLength(3);
    expect(notEnrolled.every((m) => m.status === null && m.sessionsTotal === 0)).toBe(true);
    expect(new Set(members.map((m) => m.status))).toEqual(
      new Set([null, "not_started", "in_progress", "ready_for_review", "complete"]),
    );
  });

  test("a coach in the other district sees only their own team", async () => {
    const home = await as(demoPeople.cedarRidgeCoach.email, (tx, who) => getCoachHome(tx, who));
    expect(home.teams.map((t) => t.name)).toEqual(["Cedar Ridge K–5 PLC"]);
    expect(home.teams[0]?.members).toHaveLength(3);
  });

  test("a teacher with no teams or cohorts gets an empty caseload", async () => {
    const home = await as(demoPeople.teacher.email, (tx, who) => getCoachHome(tx, who));
    expect(home).toEqual({ teams: [] });
  });
});

describe("getAdminHome", () => {
  test("a district admin sees both schools with teachers counted by stage", async () => {
    const home = await as(demoPeople.admin.email, (tx, who) => getAdminHome(tx, who));
    expect(adminHomeSchema.parse(home)).toBeTruthy();
    expect(home.scope).toBe("district");
    expect(home.schools.map((s) => s.name)).toEqual([
      "Maple Valley Elementary",
      "Riverside Middle School",
    ]);
    const [stage1, stage2, stage3, technology] = home.stages;
    expect(home.stages.map((s) => [s.programTitle, s.position])).toEqual([
      ["Instructional framework", 1],
      ["Instructional framework", 2],
      ["Instructional framework", 3],
      ["Classroom technology", 1],
    ]);
    const countOf = (schoolIndex: number, stageId: string | undefined) =>
      home.schools[schoolIndex]?.byStage.find((b) => b.stageId === stageId)?.count;
    // Elementary: 10 in Stage 1, 7 in Stage 2, 3 not enrolled.
    expect(home.schools[0]).toMatchObject({ teacherCount: 20, notEnrolled: 3 });
    expect(countOf(0, stage1?.id)).toBe(10);
    expect(countOf(0, stage2?.id)).toBe(7);
    expect(countOf(0, stage3?.id)).toBe(0);
    // Four of them are also in the technology program: counted there too, not as more teachers.
    expect(countOf(0, technology?.id)).toBe(4);
    // Middle school: one teacher withdrew from Stage 1, so 9 + 7 enrolled and 4 not.
    expect(home.schools[1]).toMatchObject({ teacherCount: 20, notEnrolled: 4 });
    expect(countOf(1, stage1?.id)).toBe(9);
    expect(countOf(1, stage2?.id)).toBe(7);
    const framework = new Set([stage1?.id, stage2?.id, stage3?.id]);
    for (const school of home.schools) {
      const enrolled = school.byStage
        .filter((b) => framework.has(b.stageId))
        .reduce((sum, b) => sum + b.count, 0);
      expect(enrolled + school.notEnrolled).toBe(school.teacherCount);
    }
  });

  test("a principal sees only their school", async () => {
    const home = await as(demoPeople.principal.email, (tx, who) => getAdminHome(tx, who));
    expect(home.scope).toBe("school");
    expect(home.schools.map((s) => s.name)).toEqual(["Maple Valley Elementary"]);
  });
});

describe("framework", () => {
  test("lists the stages with their session counts, and one stage's sessions in order", async () => {
    const { stages, first } = await as(demoPeople.teacher.email, async (tx) => {
      const stages = await listStages(tx);
      const first = stages[0] ? await getStage(tx, { stageId: stages[0].id }) : null;
      return { stages, first };
    });
    expect(stages.map((s) => [s.position, s.sessionCount])).toEqual([
      [1, 10],
      [2, 10],
      [3, 9],
      [1, 3],
    ]);
    expect(first?.sessions.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(first?.sessions[0]?.reflectionPrompts.length).toBeGreaterThan(0);
  });

  test("a stage of another district is not found", async () => {
    const cedarStage = await as(demoPeople.cedarRidgeCoach.email, (tx) => listStages(tx));
    const found = await as(demoPeople.teacher.email, (tx) =>
      getStage(tx, { stageId: cedarStage[0]?.id ?? "" }),
    );
    expect(found).toBeNull();
  });
});
