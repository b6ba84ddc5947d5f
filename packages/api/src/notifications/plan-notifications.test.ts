import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../testing/demo-emails.ts";
import type { SentNotificationRow } from "../testing/sent-notification-row.ts";
import { testApiPerFile } from "../testing/test-api-per-file.ts";

/*
 * Plan conversations notify the other side, inside the request's transaction. Maria (teacher@)
 * is coached by Janelle (coach@), who also facilitates her team.
 */

const api = testApiPerFile();
let stageId: string;
let planId: string;
let stepId: string;

function notificationsFor(email: string) {
  return rawRows<SentNotificationRow>(
    api.db,
    sql`select p.email, n.kind::text as kind, n.title, n.body, n.link_app, n.link_path
        from notification n join person p on p.district_id = n.district_id and p.id = n.recipient_id
        where p.email = ${email} order by n.created_at, n.id`,
  );
}

beforeAll(async () => {
  const maria = await api.callerFor(demoEmail.teacher);
  const home = await maria.teacher.home();
  stageId = home.enrolments[0]?.stage.id ?? "";
  const mine = await maria.actionPlan.mine({ stageId });
  planId = mine.plan?.id ?? "";
  stepId = mine.plan?.steps.find((step) => step.status !== "stuck")?.id ?? "";
});

describe("plan notifications", () => {
  it("a coach's comment tells the teacher, linking to the comment on her plan", async () => {
    const janelle = await api.callerFor(demoEmail.coach);
    const { commentId } = await janelle.actionPlan.comment({
      planId,
      stepId,
      body: "Try the exit ticket\nwith two questions.",
    });
    const mine = await notificationsFor(demoEmail.teacher);
    expect(mine).toEqual([
      {
        email: demoEmail.teacher,
        kind: "coach_comment",
        title: "Janelle Brooks commented on your action plan",
        body: "Try the exit ticket with two questions.",
        link_app: "teacher",
        link_path: `/action-plan?stage=${stageId}#comment-${commentId}`,
      },
    ]);
    expect(await notificationsFor(demoEmail.coach)).toEqual([]);
  });

  it("the teacher's reply tells her coach, linking to her page in the coach app", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const [first] = await rawRows<{ id: string }>(
      api.db,
      sql`select id from plan_comment where plan_id = ${planId} order by created_at desc limit 1`,
    );
    const { commentId } = await maria.actionPlan.comment({
      planId,
      replyToId: first?.id,
      body: "Thanks, will do.",
    });
    const coach = await notificationsFor(demoEmail.coach);
    expect(coach).toHaveLength(1);
    expect(coach[0]).toMatchObject({
      kind: "teacher_reply",
      title: "Maria Delgado replied on their action plan",
      link_app: "coach",
    });
    expect(coach[0]?.link_path).toMatch(new RegExp(`^/teachers/[0-9a-f-]+#comment-${commentId}$`));
    expect(await notificationsFor(demoEmail.principal)).toEqual([]);
  });

  it("marking a step stuck tells her coach once; saving it stuck again does not", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const step = (await maria.actionPlan.mine({ stageId })).plan?.steps.find(
      (candidate) => candidate.id === stepId,
    );
    const first = await maria.actionPlan.updateStep({
      stepId,
      baseRevision: step?.revision ?? 0,
      status: "stuck",
    });
    await maria.actionPlan.updateStep({ stepId, baseRevision: first.revision, status: "stuck" });
    const stuck = (await notificationsFor(demoEmail.coach)).filter(
      (row) => row.kind === "step_stuck",
    );
    expect(stuck).toHaveLength(1);
    expect(stuck[0]?.link_path).toMatch(new RegExp(`#step-${stepId}$`));
  });

  it("a comment that fails leaves no notification behind", async () => {
    const janelle = await api.callerFor(demoEmail.coach);
    const before = await notificationsFor(demoEmail.teacher);
    await expect(
      janelle.actionPlan.comment({
        planId,
        stepId: "00000000-0000-4000-8000-000000000000",
        body: "On a step that is not there",
      }),
    ).rejects.toThrow();
    expect(await notificationsFor(demoEmail.teacher)).toEqual(before);
  });
});
