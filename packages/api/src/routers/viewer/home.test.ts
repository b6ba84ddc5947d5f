import { rawRows } from "@throughline/db/testing";
import { signedInViewerSchema } from "@throughline/domain/home";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();

describe("viewer.me", () => {
  it("refuses a caller who is not signed in", async () => {
    expect(await codeOf(api.anonymous().viewer.me())).toBe("UNAUTHORIZED");
  });

  it.each([
    ["teacher@maplevalley.test", { teacher: true, coach: false, admin: false }, "teacher"],
    ["coach@maplevalley.test", { teacher: false, coach: true, admin: false }, "coach"],
    ["principal@maplevalley.test", { teacher: false, coach: false, admin: true }, "principal"],
    ["admin@maplevalley.test", { teacher: false, coach: false, admin: true }, "district_admin"],
    ["leader@maplevalley.test", { teacher: true, coach: true, admin: false }, "teacher"],
  ])("tells %s which apps they may use", async (email, allowed, role) => {
    const me = await (await api.callerFor(email)).viewer.me();
    expect(me.person.email).toBe(email);
    expect(me.district.name).toBe("Maple Valley Unified");
    expect(me.roles.map((membership) => membership.role)).toContain(role);
    expect({
      teacher: me.access.teacher.allowed,
      coach: me.access.coach.allowed,
      admin: me.access.admin.allowed,
    }).toEqual(allowed);
  });

  it("tells the apps what the viewer administers, from the same access rules", async () => {
    const [led] = await rawRows<{ id: string }>(
      api.db,
      sql`select r.school_id::text as id from role_membership r join person p on p.id = r.person_id
          where p.email = 'principal@maplevalley.test' and r.role = 'principal'`,
    );
    const principal = await (await api.callerFor("principal@maplevalley.test")).viewer.me();
    expect(principal.administers).toEqual({ district: false, schools: [led?.id] });
    const admin = await (await api.callerFor("admin@maplevalley.test")).viewer.me();
    expect(admin.administers).toEqual({ district: true, schools: "all" });
    const teacher = await (await api.callerFor("teacher@maplevalley.test")).viewer.me();
    expect(teacher.administers).toEqual({ district: false, schools: [] });
    for (const me of [principal, admin, teacher]) {
      expect(signedInViewerSchema.safeParse(me).success).toBe(true);
    }
  });

  it("explains to a teacher why the admin app is not theirs", async () => {
    const me = await (await api.callerFor("teacher@maplevalley.test")).viewer.me();
    expect(me.access.admin).toEqual({
      allowed: false,
      message: "This app is for principals and district staff.",
    });
  });
});

describe("teacher.home", () => {
  it("shows the teacher their stages and the next MicroPD session", async () => {
    const home = await (await api.callerFor("teacher@maplevalley.test")).teacher.home();
    // Every stage by position: the framework's three and the technology program's one.
    expect(home.stages.map((stage) => stage.position)).toEqual([1, 1, 2, 3]);
    expect(home.programs.map((program) => program.title)).toEqual([
      "Instructional framework",
      "Classroom technology",
    ]);
    expect(home.enrolments.length).toBeGreaterThan(0);
    for (const enrolment of home.enrolments) {
      expect(enrolment.sessionsTotal).toBeGreaterThanOrEqual(3);
      expect(enrolment.sessionsCompleted).toBeLessThanOrEqual(enrolment.sessionsTotal);
      if (enrolment.next.kind !== "finished") {
        expect(enrolment.next.session.position).toBe(enrolment.sessionsCompleted + 1);
      }
    }
  });

  it("is only for teachers", async () => {
    expect(await codeOf((await api.callerFor("principal@maplevalley.test")).teacher.home())).toBe(
      "FORBIDDEN",
    );
  });
});

describe("coach.home", () => {
  it("lists the coach's teams with each member's stage and progress", async () => {
    const home = await (await api.callerFor("coach@maplevalley.test")).coach.home();
    expect(home.teams.length).toBeGreaterThan(0);
    const members = home.teams.flatMap((team) => team.members);
    expect(members.length).toBeGreaterThan(0);
    expect(members.some((member) => member.status !== null)).toBe(true);
  });

  it("lets a teacher leader see the team they facilitate", async () => {
    const caller = await api.callerFor("leader@maplevalley.test");
    const me = await caller.viewer.me();
    const home = await caller.coach.home();
    expect(home.teams.some((team) => team.facilitatorName === me.person.displayName)).toBe(true);
  });

  it("is not for teachers who facilitate nothing", async () => {
    expect(await codeOf((await api.callerFor("teacher@maplevalley.test")).coach.home())).toBe(
      "FORBIDDEN",
    );
  });
});

describe("admin.home", () => {
  it("shows a principal only their own school", async () => {
    const home = await (await api.callerFor("principal@maplevalley.test")).admin.home();
    expect(home.scope).toBe("school");
    expect(home.schools).toHaveLength(1);
  });

  it("shows a district admin every school with counts that add up", async () => {
    const home = await (await api.callerFor("admin@maplevalley.test")).admin.home();
    expect(home.scope).toBe("district");
    expect(home.schools).toHaveLength(2);
    const teachers = home.schools.reduce((sum, school) => sum + school.teacherCount, 0);
    expect(teachers).toBeGreaterThanOrEqual(40);
    for (const school of home.schools) {
      const enrolled = school.byStage.reduce((sum, stage) => sum + stage.count, 0);
      expect(enrolled + school.notEnrolled).toBeGreaterThanOrEqual(school.teacherCount);
    }
  });

  it("is not for teachers", async () => {
    expect(await codeOf((await api.callerFor("teacher@maplevalley.test")).admin.home())).toBe(
      "FORBIDDEN",
    );
  });
});
