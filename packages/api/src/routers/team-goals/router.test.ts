import { rawRows } from "@throughline/db/testing";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { teamGoalInput } from "../../testing/team-goal-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * Team goals through the real router: only the facilitator and the team's coaches write, the
 * team reads, a principal reads where goals stand for their schools only, and another district
 * reaches nothing. A results file with a name-like column is refused with its reason.
 */

const api = testApiPerFile();

let gradesTeamId = "";
let memberEmail = "";
let elementaryId = "";
let middleId = "";

const goal = teamGoalInput({
  problem: "Students add fractions without common denominators.",
  measure: "Share of grade-5 students proficient on the common fractions assessment",
  targetValue: 70,
  checkpointDates: ["2026-10-15", "2026-12-15"],
});

beforeAll(async () => {
  const [team] = await rawRows<{ id: string; school_id: string; member: string }>(
    api.db,
    sql`select t.id::text as id, t.school_id::text as school_id,
          (select p.email from team_member tm join person p on p.id = tm.person_id
           where tm.team_id = t.id and p.id <> t.facilitator_id order by p.email limit 1) as member
        from team t where t.name = 'Grades 3–5 Team'`,
  );
  gradesTeamId = team?.id ?? "";
  memberEmail = team?.member ?? "";
  elementaryId = team?.school_id ?? "";
  const [middle] = await rawRows<{ id: string }>(
    api.db,
    sql`select s.id::text as id from school s join district d on d.id = s.district_id
        where d.slug = 'maple-valley' and s.id::text <> ${elementaryId} limit 1`,
  );
  middleId = middle?.id ?? "";
});

async function fieldMessage(call: Promise<unknown>, path: string): Promise<string | undefined> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const issues = (error.cause as { issues?: { path: (string | number)[]; message: string }[] })
      ?.issues;
    return issues?.find((issue) => issue.path.join(".") === path)?.message ?? error.message;
  }
  return undefined;
}

describe("team goals", () => {
  it("the facilitator sets a goal and records a number and a CSV; the team reads both", async () => {
    const leader = await api.callerFor(demoEmail.leader);
    const { goalId } = await leader.teamGoals.create({ teamId: gradesTeamId, goal });
    const [first, second] =
      (await leader.teamGoals.forTeam({ teamId: gradesTeamId })).goals.find(
        (row) => row.id === goalId,
      )?.checkpoints ?? [];
    await leader.teamGoals.recordCheckpoint({
      checkpointId: first?.id ?? "",
      measure: { kind: "value", value: 48 },
    });
    const csv = "class,students,proficient\n5A,20,10\n5B,30,21\n";
    const recorded = await leader.teamGoals.recordCheckpoint({
      checkpointId: second?.id ?? "",
      measure: { kind: "csv", csv },
    });
    expect(recorded.measureValue).toBe(62);

    const member = await api.callerFor(memberEmail);
    const read = await member.teamGoals.forTeam({ teamId: gradesTeamId });
    expect(read.canEdit).toBe(false);
    const mine = read.goals.find((row) => row.id === goalId);
    expect(mine?.checkpoints.map((c) => c.measureValue)).toEqual([48, 62]);
    expect(mine?.checkpoints[1]?.classResults?.map((c) => c.className)).toEqual(["5A", "5B"]);
    // 62% on 15 Dec; the line is at about 59.8: on track.
    expect(mine?.progress.status).toBe("on_track");
  });

  it("refuses a results file with a name-like column, and says why", async () => {
    const leader = await api.callerFor(demoEmail.leader);
    const checkpoint = (await leader.teamGoals.forTeam({ teamId: gradesTeamId })).goals[0]
      ?.checkpoints[0];
    const message = await fieldMessage(
      leader.teamGoals.recordCheckpoint({
        checkpointId: checkpoint?.id ?? "",
        measure: { kind: "csv", csv: "class,student_name,students,proficient\n5A,Ana,1,1\n" },
      }),
      "measure.csv",
    );
    expect(message).toMatch(/'student_name' looks like it holds student names/);
  });

  it("only the facilitator and the team's coaches write", async () => {
    const member = await api.callerFor(memberEmail);
    expect(await codeOf(member.teamGoals.create({ teamId: gradesTeamId, goal }))).toBe("FORBIDDEN");
    const principal = await api.callerFor(demoEmail.principal);
    expect(await codeOf(principal.teamGoals.create({ teamId: gradesTeamId, goal }))).toBe(
      "FORBIDDEN",
    );
    const coach = await api.callerFor(demoEmail.coach);
    expect(await codeOf(coach.teamGoals.create({ teamId: gradesTeamId, goal }))).toBe("OK");
  });

  it("a principal reads where goals stand without the student work, for their school only", async () => {
    const principal = await api.callerFor(demoEmail.principal);
    const read = await principal.teamGoals.forTeam({ teamId: gradesTeamId });
    expect(read.relation).toBe("principal");
    expect(read.goals.flatMap((g) => g.checkpoints.flatMap((c) => c.workSamples))).toEqual([]);
    const overview = await principal.teamGoals.overview({ schoolId: null });
    expect(new Set(overview.goals.map((row) => row.schoolId))).toEqual(new Set([elementaryId]));
    expect(overview.goals.some((row) => row.teamName === "K–2 Literacy PLC")).toBe(true);
    expect(await codeOf(principal.teamGoals.overview({ schoolId: middleId }))).toBe("FORBIDDEN");

    const middlePrincipal = await api.callerFor(demoEmail.middlePrincipal);
    expect((await middlePrincipal.teamGoals.overview({ schoolId: null })).goals).toEqual([]);
    expect(await codeOf(middlePrincipal.teamGoals.forTeam({ teamId: gradesTeamId }))).toBe(
      "NOT_FOUND",
    );
  });

  it("the district sees every school's goals and filters by school", async () => {
    const admin = await api.callerFor(demoEmail.admin);
    const all = await admin.teamGoals.overview({ schoolId: null });
    expect(all.schools.length).toBeGreaterThan(1);
    expect(all.goals.length).toBeGreaterThanOrEqual(3);
    const middle = await admin.teamGoals.overview({ schoolId: middleId });
    expect(middle.goals).toEqual([]);
  });

  it("another district reaches none of it", async () => {
    const cedar = await api.callerFor(demoEmail.cedarRidgeCoach);
    const leader = await api.callerFor(demoEmail.leader);
    const [target] = (await leader.teamGoals.forTeam({ teamId: gradesTeamId })).goals;
    expect(await codeOf(cedar.teamGoals.forTeam({ teamId: gradesTeamId }))).toBe("NOT_FOUND");
    expect(await codeOf(cedar.teamGoals.update({ goalId: target?.id ?? "", goal }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await codeOf(
        cedar.teamGoals.recordCheckpoint({
          checkpointId: target?.checkpoints[0]?.id ?? "",
          measure: { kind: "value", value: 1 },
        }),
      ),
    ).toBe("NOT_FOUND");
    expect((await cedar.teamGoals.options()).indicators.length).toBeGreaterThan(0);
  });
});
