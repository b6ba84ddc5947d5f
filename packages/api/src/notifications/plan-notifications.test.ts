import type { SentNotificationRow } from "@throughline/db/testing";
import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { testApiPerFile } from "../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../testing/test-district.ts";

/*
 * Plan conversations notify the other side, inside the request's transaction. Maria is coached
 * by Janelle, who also facilitates her team.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal", TestPerson>;
let stageId: string;
let planId: string;
let stepId: string;

/** What the plan told the person: the enrolment's own notice is not a plan conversation. */
function notificationsFor(email: string) {
  return rawRows<SentNotificationRow>(
    api.db,
    sql`select p.email, n.kind::text as kind, n.title, n.body, n.link_app, n.link_path
        from notification n join person p on p.district_id = n.district_id and p.id = n.recipient_id
        where p.email = ${email} and n.kind <> 'cohort_enrolled' order by n.created_at, n.id`,
  );
}

// Maria's plan for her stage, with one step.
beforeAll(async () => {
  district = await testDistrict(api);
  const world = await district.coachedTeacher({
    teacher: "Maria Delgado",
    coach: "Janelle Brooks",
  });
  people = world;
  await district.team({
    school: world.school,
    members: [world.teacher],
    facilitator: world.coach,
  });
  const maria = await district.callerFor(people.teacher);
  stageId = world.cohort.stageId;
  ({ planId } = await maria.actionPlan.save({
    stageId,
    goal: "Every lesson ends with an exit ticket",
    indicatorIds: [],
  }));
  ({ stepId } = await maria.actionPlan.addStep({ planId, description: "Write the tickets" }));
});

describe("plan notifications", () => {
  it("a coach's comment tells the teacher, linking to the comment on her plan", async () => {
    const janelle = await district.callerFor(people.coach);
    const { commentId } = await janelle.actionPlan.comment({
      planId,
      stepId,
      body: "Try the exit ticket\nwith two questions.",
    });
    const mine = await notificationsFor(people.teacher.email);
    expect(mine).toEqual([
      {
        email: people.teacher.email,
        kind: "coach_comment",
        title: "Janelle Brooks commented on your action plan",
        body: "Try the exit ticket with two questions.",
        link_app: "teacher",
        link_path: `/action-plan?stage=${stageId}#comment-${commentId}`,
      },
    ]);
    expect(await notificationsFor(people.coach.email)).toEqual([]);
  });

  it("the teacher's reply tells her coach, linking to her page in the coach app", async () => {
    const maria = await district.callerFor(people.teacher);
    const [first] = await rawRows<{ id: string }>(
      api.db,
      sql`select id from plan_comment where plan_id = ${planId} order by created_at desc limit 1`,
    );
    const { commentId } = await maria.actionPlan.comment({
      planId,
      replyToId: first?.id,
      body: "Thanks, will do.",
    });
    const coach = await notificationsFor(people.coach.email);
    expect(coach).toHaveLength(1);
    expect(coach[0]).toMatchObject({
      kind: "teacher_reply",
      title: "Maria Delgado replied on their action plan",
      link_app: "coach",
    });
    expect(coach[0]?.link_path).toMatch(new RegExp(`^/teachers/[0-9a-f-]+#comment-${commentId}$`));
    expect(await notificationsFor(people.principal.email)).toEqual([]);
  });

  it("marking a step stuck tells her coach once; saving it stuck again does not", async () => {
    const maria = await district.callerFor(people.teacher);
    const step = (await maria.actionPlan.mine({ stageId })).plan?.steps.find(
      (candidate) => candidate.id === stepId,
    );
    const first = await maria.actionPlan.updateStep({
      stepId,
      baseRevision: step?.revision ?? 0,
      status: "stuck",
    });
    await maria.actionPlan.updateStep({ stepId, baseRevision: first.revision, status: "stuck" });
    const stuck = (await notificationsFor(people.coach.email)).filter(
      (row) => row.kind === "step_stuck",
    );
    expect(stuck).toHaveLength(1);
    expect(stuck[0]?.link_path).toMatch(new RegExp(`#step-${stepId}$`));
  });

  it("a comment that fails leaves no notification behind", async () => {
    const janelle = await district.callerFor(people.coach);
    const before = await notificationsFor(people.teacher.email);
    await expect(
      janelle.actionPlan.comment({
        planId,
        stepId: "00000000-0000-4000-8000-000000000000",
        body: "On a step that is not there",
      }),
    ).rejects.toThrow();
    expect(await notificationsFor(people.teacher.email)).toEqual(before);
  });
});
