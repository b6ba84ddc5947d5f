import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { teamGoalInput } from "../../testing/team-goal-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * Commitments tied to a team goal, through the real routers: Janelle (coach@) facilitates the
 * K–2 Literacy PLC and ties Maria's (teacher@) commitment to the team's goal in a meeting. Each
 * viewer sees the count, and the commitment itself only where they may read Maria's action
 * plan: Maria, her facilitator, a teammate once Maria shares the plan; never the principal.
 */

const api = testApiPerFile();

/**
 * The K–2 Literacy PLC, its next scheduled meeting, Maria, a teammate who is not its
 * facilitator; then the goal set in `beforeAll` and the plan Maria's commitment lands on.
 */
const seeded = { teamId: "", meetingId: "", mariaId: "", teammate: "", goalId: "", planId: "" };

const goal = teamGoalInput({
  problem: "Students retell a story without its events in order.",
  measure: "Share of grade-2 students retelling in sequence on the common task",
  baselineValue: 35,
  targetValue: 65,
  checkpointDates: ["2026-11-15"],
});

beforeAll(async () => {
  const [row] = await rawRows<Pick<typeof seeded, "teamId" | "meetingId" | "mariaId" | "teammate">>(
    api.db,
    sql`select t.id::text as "teamId",
          coalesce((select m.id::text from support_meeting m where m.team_id = t.id
             and m.status = 'scheduled' order by m.starts_at limit 1), '') as "meetingId",
          coalesce((select id::text from person where email = ${demoEmail.teacher}), '')
            as "mariaId",
          coalesce((select p.email from team_member tm join person p on p.id = tm.person_id
             where tm.team_id = t.id and p.email <> ${demoEmail.teacher} and p.id <> t.facilitator_id
             order by p.email limit 1), '') as teammate
        from team t where t.name = 'K–2 Literacy PLC'`,
  );
  Object.assign(seeded, row);
  const { teamId, meetingId, mariaId } = seeded;

  const janelle = await api.callerFor(demoEmail.coach);
  seeded.goalId = (await janelle.teamGoals.create({ teamId, goal })).goalId;
  await janelle.meetingRoom.start({ meetingId, moveToNow: true });
  await janelle.meetingRoom.addCommitment({
    meetingId,
    personId: mariaId,
    description: "Use the story map with the reading group",
    dueOn: "2030-01-15",
    teamGoalId: seeded.goalId,
  });
  // A commitment tied to no goal is not the goal's.
  await janelle.meetingRoom.addCommitment({
    meetingId,
    personId: mariaId,
    description: "Bring a lesson plan to share",
    dueOn: "2030-01-10",
  });
  const [plan] = await rawRows<{ id: string }>(
    api.db,
    sql`select s.plan_id::text as id from action_step s where s.team_goal_id = ${seeded.goalId}`,
  );
  seeded.planId = plan?.id ?? "";
});

async function commitmentsSeenBy(email: string) {
  const caller = await api.callerFor(email);
  const goals = (await caller.teamGoals.forTeam({ teamId: seeded.teamId })).goals;
  return goals.find((row) => row.id === seeded.goalId)?.commitments;
}

describe("commitments tied to a team goal", () => {
  it("the facilitator and the teacher see the commitment with its owner, status and due date", async () => {
    for (const email of [demoEmail.coach, demoEmail.teacher]) {
      expect(await commitmentsSeenBy(email)).toEqual({
        total: 1,
        readable: [
          {
            id: expect.any(String),
            planId: seeded.planId,
            ownerName: expect.any(String),
            description: "Use the story map with the reading group",
            status: "planned",
            dueOn: "2030-01-15",
          },
        ],
      });
    }
    const inMeeting = await (await api.callerFor(demoEmail.coach)).teamGoals.forMeeting({
      meetingId: seeded.meetingId,
    });
    expect(inMeeting.find((row) => row.id === seeded.goalId)?.commitments.readable).toHaveLength(1);
  });

  it("a teammate sees only the count until the teacher shares her plan, as on the plan page", async () => {
    const { teammate } = seeded;
    expect(teammate).not.toBe("");
    const mate = await api.callerFor(teammate);
    expect(await commitmentsSeenBy(teammate)).toEqual({ total: 1, readable: [] });
    expect(await codeOf(mate.actionPlan.byId({ planId: seeded.planId }))).toBe("NOT_FOUND");

    const maria = await api.callerFor(demoEmail.teacher);
    await maria.actionPlan.setSharing({ planId: seeded.planId, sharedWithTeam: true });
    expect((await commitmentsSeenBy(teammate))?.readable.map((row) => row.description)).toEqual([
      "Use the story map with the reading group",
    ]);
    expect((await mate.actionPlan.byId({ planId: seeded.planId })).reader).toBe("teammate");
    // The teammate's own team page lists the goal with the commitment too.
    const mine = await mate.teamGoals.mine();
    const onTeamPage = mine
      .find((row) => row.teamId === seeded.teamId)
      ?.goals.find((g) => g.id === seeded.goalId);
    expect(onTeamPage?.commitments.readable).toHaveLength(1);

    await maria.actionPlan.setSharing({ planId: seeded.planId, sharedWithTeam: false });
    expect(await commitmentsSeenBy(teammate)).toEqual({ total: 1, readable: [] });
  });

  it("the principal sees how many commitments there are, never what they are", async () => {
    const principal = await api.callerFor(demoEmail.principal);
    expect(await codeOf(principal.actionPlan.byId({ planId: seeded.planId }))).toBe("NOT_FOUND");
    expect(await commitmentsSeenBy(demoEmail.principal)).toEqual({ total: 1, readable: [] });
  });

  it("a member's team page lists the goals of their teams only", async () => {
    const mine = await (await api.callerFor(demoEmail.teacher)).teamGoals.mine();
    const team = mine.find((row) => row.teamId === seeded.teamId);
    expect(team?.teamName).toBe("K–2 Literacy PLC");
    expect(team?.goals.map((row) => row.id)).toContain(seeded.goalId);
    expect(await (await api.callerFor(demoEmail.principal)).teamGoals.mine()).toEqual([]);
  });
});
