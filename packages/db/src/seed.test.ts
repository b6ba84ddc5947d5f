import { verifyPassword } from "better-auth/crypto";
import { and, count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { DatabaseHandle, Transaction } from "./client.ts";
import { loadEnrolmentProgress } from "./queries/enrolments/stage-progress.ts";
import {
  account,
  cohort,
  contentBlock,
  district,
  enrolment,
  indicator,
  micropdSession,
  person,
  program,
  programRequirement,
  roleMembership,
  school,
  sessionRelease,
  stage,
  team,
  teamMember,
  user,
} from "./schema/index.ts";
import { demoPeople } from "./seed/demo-logins.ts";
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoData } from "./seed.ts";
import { withTenant } from "./tenant.ts";
import { createTestDatabase, rawRows } from "./testing.ts";

let handle: DatabaseHandle;
let districtIds: Map<string, string>;

beforeAll(async () => {
  handle = await createTestDatabase({ seed: true });
  const rows = await handle.db.select().from(district);
  districtIds = new Map(rows.map((row) => [row.slug, row.id]));
});
afterAll(() => handle.close());

function inDistrict<T>(slug: string, fn: (tx: Transaction) => Promise<T>): Promise<T> {
  const id = districtIds.get(slug);
  if (!id) throw new Error(`District ${slug} was not seeded.`);
  return withTenant(handle.db, id, fn);
}

async function roleCounts(tx: Transaction) {
  const rows = await tx
    .select({ role: roleMembership.role, n: count() })
    .from(roleMembership)
    .groupBy(roleMembership.role);
  return Object.fromEntries(rows.map((row) => [row.role, row.n]));
}

describe("Maple Valley Unified", () => {
  test("has the people the demo promises", async () => {
    const counts = await inDistrict("maple-valley", roleCounts);
    expect(counts).toEqual({ teacher: 40, coach: 4, principal: 2, district_admin: 1 });
  });

  test("has two schools and six teams of 5–8 members, each with a facilitator", async () => {
    await inDistrict("maple-valley", async (tx) => {
      expect(await tx.$count(school)).toBe(2);
      const teams = await tx
        .select({
          id: team.id,
          kind: team.kind,
          facilitatorId: team.facilitatorId,
          members: count(),
        })
        .from(team)
        .innerJoin(teamMember, eq(teamMember.teamId, team.id))
        .groupBy(team.districtId, team.id);
      expect(teams).toHaveLength(6);
      for (const row of teams) {
        expect(row.members).toBeGreaterThanOrEqual(5);
        expect(row.members).toBeLessThanOrEqual(8);
        expect(row.facilitatorId).not.toBeNull();
      }
      expect(new Set(teams.map((row) => row.kind))).toEqual(
        new Set(["plc", "grade_level", "department"]),
      );
    });
  });

  test("has the three default stages with 8–12 well-formed MicroPD sessions each", async () => {
    await inDistrict("maple-valley", async (tx) => {
      const [framework] = await tx.select().from(program).where(eq(program.position, 1));
      expect(framework?.title).toBe("Instructional framework");
      const stages = await tx
        .select()
        .from(stage)
        .where(eq(stage.programId, framework?.id ?? ""))
        .orderBy(stage.position);
      expect(stages.map((row) => row.title)).toEqual([
        "High Performance Learning-Focused Lessons",
        "Increasing the Rigor of Learning-Focused Lessons: Higher Order Thinking, Reading and Writing",
        "Accelerating Learning-Focused Lessons: Catching Kids Up",
      ]);
      const indicators = await tx.$count(indicator);
      expect(indicators).toBeGreaterThanOrEqual(8);
      expect(indicators).toBeLessThanOrEqual(12);
      for (const row of stages) {
        const sessions = await tx
          .select({
            id: micropdSession.id,
            minutes: micropdSession.estimatedMinutes,
            prompts: micropdSession.reflectionPrompts,
            blocks: count(contentBlock.id),
          })
          .from(micropdSession)
          .innerJoin(contentBlock, eq(contentBlock.sessionId, micropdSession.id))
          .where(eq(micropdSession.stageId, row.id))
          .groupBy(micropdSession.districtId, micropdSession.id);
        expect(sessions.length).toBeGreaterThanOrEqual(8);
        expect(sessions.length).toBeLessThanOrEqual(12);
        for (const session of sessions) {
          expect(session.minutes).toBeGreaterThanOrEqual(10);
          expect(session.minutes).toBeLessThanOrEqual(20);
          expect(session.blocks).toBeGreaterThanOrEqual(3);
          expect(session.blocks).toBeLessThanOrEqual(4);
          expect(session.prompts.length).toBeGreaterThanOrEqual(1);
          expect(session.prompts.length).toBeLessThanOrEqual(2);
        }
      }
    });
  });

  test("has self-paced and dated cohorts, dated ones with a release date per session", async () => {
    await inDistrict("maple-valley", async (tx) => {
      const cohorts = await tx
        .select({
          mode: cohort.releaseMode,
          workshopAt: cohort.workshopStartsAt,
          coachId: cohort.coachId,
          releases: count(sessionRelease.id),
        })
        .from(cohort)
        .leftJoin(sessionRelease, eq(sessionRelease.cohortId, cohort.id))
        .groupBy(cohort.districtId, cohort.id);
      // Two framework stages at each school, and the elementary school's technology cohort.
      expect(cohorts).toHaveLength(5);
      expect(cohorts.filter((row) => row.mode === "dated")).toHaveLength(2);
      for (const row of cohorts) {
        expect(row.coachId).not.toBeNull();
        expect(row.workshopAt).toBeInstanceOf(Date);
        expect(row.releases).toBe(row.mode === "dated" ? 10 : 0);
      }
    });
  });

  test("runs a second program, required at one school, with the demo teacher in both", async () => {
    await inDistrict("maple-valley", async (tx) => {
      const programs = await tx.select().from(program).orderBy(program.position);
      expect(programs.map((row) => row.title)).toEqual([
        "Instructional framework",
        "Classroom technology",
      ]);
      const technology = programs[1]?.id ?? "";
      const stages = await tx.select().from(stage).where(eq(stage.programId, technology));
      expect(stages.map((row) => row.position)).toEqual([1]);
      const requirements = await tx.select().from(programRequirement);
      expect(
        requirements.map((row) => [row.programId, row.role, row.schoolId === null]).sort(),
      ).toEqual(
        [
          [programs[0]?.id, "teacher", true],
          [technology, "teacher", false],
        ].sort(),
      );
      const demoTeacherStages = await tx
        .select({ programId: stage.programId })
        .from(enrolment)
        .innerJoin(person, eq(person.id, enrolment.personId))
        .innerJoin(cohort, eq(cohort.id, enrolment.cohortId))
        .innerJoin(stage, eq(stage.id, cohort.stageId))
        .where(eq(person.email, demoPeople.teacher.email));
      expect(new Set(demoTeacherStages.map((row) => row.programId))).toEqual(
        new Set(programs.map((row) => row.id)),
      );
    });
  });

  test("shows every stage status somewhere, and some teachers are not enrolled", async () => {
    await inDistrict("maple-valley", async (tx) => {
      const teachers = await tx
        .select({ id: roleMembership.personId })
        .from(roleMembership)
        .where(eq(roleMembership.role, "teacher"));
      const progress = await loadEnrolmentProgress(tx, {
        personIds: teachers.map((row) => row.id),
        now: new Date(),
      });
      expect(new Set(progress.map((row) => row.status))).toEqual(
        new Set(["not_started", "in_progress", "ready_for_review", "complete"]),
      );
      const enrolled = new Set(progress.map((row) => row.personId));
      expect(teachers.length - enrolled.size).toBeGreaterThanOrEqual(4);
    });
  });
});

describe("action plan history", () => {
  test("starts every seeded plan's history with the teacher writing it and its steps", async () => {
    const rows = await inDistrict("maple-valley", (tx) =>
      rawRows<{ plans: number; created: number; steps: number; added: number }>(
        tx,
        sql`select
          (select count(*)::int from action_plan) as plans,
          (select count(*)::int from plan_event where kind = 'plan_created') as created,
          (select count(*)::int from action_step) as steps,
          (select count(*)::int from plan_event where kind = 'step_added') as added`,
      ),
    );
    const [totals] = rows;
    expect(totals?.plans).toBeGreaterThan(0);
    expect(totals?.created).toBe(totals?.plans);
    expect(totals?.added).toBe(totals?.steps);
  });
});

describe("Cedar Ridge Schools", () => {
  test("is small: one school, one team, a coach, a principal, a PD admin and three teachers", async () => {
    await inDistrict("cedar-ridge", async (tx) => {
      expect(await roleCounts(tx)).toEqual({
        teacher: 3,
        coach: 1,
        principal: 1,
        district_admin: 1,
      });
      expect(await tx.$count(school)).toBe(1);
      expect(await tx.$count(team)).toBe(1);
      expect(await tx.$count(cohort)).toBe(1);
      const perStage = await tx
        .select({ position: stage.position, sessions: count(micropdSession.id) })
        .from(stage)
        .innerJoin(micropdSession, eq(micropdSession.stageId, stage.id))
        .groupBy(stage.districtId, stage.id)
        .orderBy(stage.position);
      expect(perStage.map((row) => row.position)).toEqual([1, 2, 3]);
      for (const row of perStage) expect([2, 3]).toContain(row.sessions);
    });
  });
});

describe("logins", () => {
  test("every person can sign in with a credential account", async () => {
    for (const slug of ["maple-valley", "cedar-ridge"]) {
      const people = await inDistrict(slug, (tx) =>
        tx.select({ userId: person.userId }).from(person),
      );
      const withLogin = await handle.db
        .select({ userId: account.userId })
        .from(account)
        .where(eq(account.providerId, "credential"));
      const loginUsers = new Set(withLogin.map((row) => row.userId));
      expect(people.every((row) => row.userId !== null && loginUsers.has(row.userId))).toBe(true);
    }
  });

  test("the demo logins exist and accept the demo password", async () => {
    for (const login of DEMO_LOGINS) {
      const [row] = await handle.db
        .select({ userId: user.id, password: account.password, accountId: account.accountId })
        .from(user)
        .innerJoin(account, and(eq(account.userId, user.id), eq(account.providerId, "credential")))
        .where(eq(user.email, login.email));
      expect(row, login.email).toBeDefined();
      expect(row?.accountId).toBe(row?.userId);
      expect(await verifyPassword({ hash: row?.password ?? "", password: DEMO_PASSWORD })).toBe(
        true,
      );
    }
  });
});

describe("running the seed again", () => {
  test("changes nothing", async () => {
    const snapshot = () =>
      rawRows<{ name: string; n: number }>(
        handle.db,
        sql`select c.relname as name,
            (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', c.relname), false, true, '')))[1]::text::int as n
          from pg_class c join pg_namespace ns on ns.oid = c.relnamespace
          where ns.nspname = 'public' and c.relkind = 'r' order by 1`,
      );
    const before = await snapshot();
    await seedDemoData(handle.db);
    expect(await snapshot()).toEqual(before);
    expect(before.find((row) => row.name === "person")?.n).toBeGreaterThan(0);
  });
});
