import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * Action plans through the real router and real sign-in. Maria (teacher@) is in the K–2
 * Literacy PLC, coached by Janelle (coach@), who also facilitates that team. Kevin (leader@)
 * teaches in the same school but on another team; Leah Whitfield coaches the middle school.
 */

const api = testApiPerFile();
let teammate: string;
let stageId: string;
let planId: string;

async function count(table: string): Promise<number> {
  const [row] = await rawRows<{ n: number }>(
    api.db,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}

beforeAll(async () => {
  const [mate] = await rawRows<{ email: string }>(
    api.db,
    sql`select p.email from team_member tm
        join team t on t.district_id = tm.district_id and t.id = tm.team_id
        join person p on p.district_id = tm.district_id and p.id = tm.person_id
        where t.name = 'K–2 Literacy PLC' and p.email <> ${demoEmail.teacher}
        order by p.email limit 1`,
  );
  teammate = mate?.email ?? "";
  const maria = await api.callerFor(demoEmail.teacher);
  const home = await maria.teacher.home();
  stageId = home.enrolments[0]?.stage.id ?? "";
  const mine = await maria.actionPlan.mine({ stageId });
  planId = mine.plan?.id ?? "";
});

describe("the teacher's own plan", () => {
  it("finds Maria's seeded plan for her stage, with the district's indicators to choose from", async () => {
    const mine = await (await api.callerFor(demoEmail.teacher)).actionPlan.mine({ stageId });
    expect(mine.plan?.teacher.displayName).toBe("Maria Delgado");
    expect(mine.plan?.steps.length).toBeGreaterThan(0);
    expect(mine.indicators.length).toBeGreaterThan(3);
  });

  it("saves the goal and indicators, adds a step, changes its status, and records each change", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const { indicators } = await maria.actionPlan.mine({ stageId });
    const chosen = indicators.slice(0, 2).map((indicator) => indicator.id);
    const saved = await maria.actionPlan.save({
      stageId,
      goal: "More of my second graders explain their thinking in writing.",
      indicatorIds: chosen,
    });
    expect(saved).toEqual({ planId, created: false });

    const { stepId } = await maria.actionPlan.addStep({
      planId,
      description: "Model a think-aloud before the quick write",
      dueOn: "2030-01-15",
    });
    await maria.actionPlan.updateStep({
      stepId,
      baseRevision: 0,
      status: "done",
      evidenceText: "Twelve of twenty quick writes named a reason.",
      reflection: "The think-aloud helped most; I will keep it short.",
    });

    const { plan } = await maria.actionPlan.byId({ planId });
    expect(plan.goal).toBe("More of my second graders explain their thinking in writing.");
    expect(plan.indicators.map((indicator) => indicator.id).sort()).toEqual([...chosen].sort());
    const step = plan.steps.find((candidate) => candidate.id === stepId);
    expect(step).toMatchObject({ status: "done", dueOn: "2030-01-15", files: [] });

    const history = await maria.actionPlan.history({ planId });
    const summaries = history.map((entry) => entry.summary);
    expect(summaries).toContain("Edited the goal and indicators");
    expect(summaries).toContain("Added the step “Model a think-aloud before the quick write”");
    expect(summaries).toContain("Marked “Model a think-aloud before the quick write” as done");
    expect(summaries).toContain(
      "Updated the evidence and the reflection of “Model a think-aloud before the quick write”",
    );
    expect(new Set(history.map((entry) => entry.actor.displayName))).toEqual(
      new Set(["Maria Delgado"]),
    );
  });

  it("counts evidence as a link, words or a file when deciding the stage status", async () => {
    // A seeded teacher who finished everything, with one done step whose evidence is a link.
    const [found] = await rawRows<{ step_id: string; person_id: string; coach_email: string }>(
      api.db,
      sql`select s.id::text as step_id, p.person_id::text as person_id, coach.email as coach_email
          from action_step s
          join action_plan p on p.district_id = s.district_id and p.id = s.plan_id
          join enrolment e on e.district_id = p.district_id and e.person_id = p.person_id
          join cohort c on c.district_id = e.district_id and c.id = e.cohort_id and c.stage_id = p.stage_id
          join person coach on coach.district_id = c.district_id and coach.id = c.coach_id
          where s.status = 'done' and s.evidence_url is not null and e.workshop_attended
            and not exists (select 1 from action_step o where o.plan_id = p.id and o.id <> s.id and o.status = 'done')
          order by s.created_at limit 1`,
    );
    expect(found).toBeDefined();
    const stepId = found?.step_id ?? "";
    const coach = await api.callerFor(found?.coach_email ?? "");
    const status = async () =>
      (await coach.coaching.teacher({ personId: found?.person_id ?? "" })).enrolments.at(-1)
        ?.status;
    const finished = await status();
    expect(["ready_for_review", "complete"]).toContain(finished);

    await api.db.execute(sql`update action_step set evidence_url = null where id = ${stepId}`);
    expect(await status()).toBe("in_progress");

    await api.db.execute(sql`update action_step set evidence_text = '  ' where id = ${stepId}`);
    expect(await status()).toBe("in_progress");

    await api.db.execute(
      sql`update action_step set evidence_text = 'Exit tickets from three lessons' where id = ${stepId}`,
    );
    expect(await status()).toBe(finished);

    await api.db.execute(sql`update action_step set evidence_text = null where id = ${stepId}`);
    await api.db.execute(sql`
      insert into evidence_file (district_id, step_id, file_name, content_type, size_bytes, storage_key, uploaded_by)
      select s.district_id, s.id, 'plan.pdf', 'application/pdf', 10, 'not-read-here', p.person_id
      from action_step s join action_plan p on p.district_id = s.district_id and p.id = s.plan_id
      where s.id = ${stepId}`);
    expect(await status()).toBe(finished);
  });

  it("refuses a plan for a stage the teacher is not enrolled in", async () => {
    const [other] = await rawRows<{ id: string }>(
      api.db,
      sql`select s.id::text as id from stage s join district d on d.id = s.district_id
          where d.slug = 'maple-valley' and s.id <> ${stageId} order by s.position desc limit 1`,
    );
    const maria = await api.callerFor(demoEmail.teacher);
    expect(
      await codeOf(
        maria.actionPlan.save({ stageId: other?.id ?? "", goal: "x", indicatorIds: [] }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("names the field when the goal is blank, and saves nothing", async () => {
    const before = await count("plan_event");
    const maria = await api.callerFor(demoEmail.teacher);
    await expect(
      maria.actionPlan.save({ stageId, goal: "  ", indicatorIds: [] }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await count("plan_event")).toBe(before);
  });

  it("leaves nothing behind when a write fails half-way", async () => {
    // Make the history insert fail after the step row is written: the whole request must roll back.
    await api.db.execute(sql`
      create function refuse_test_event() returns trigger language plpgsql as $$
      begin
        if new.summary like '%must not be kept%' then
          raise exception 'history refused for the test';
        end if;
        return new;
      end $$`);
    await api.db.execute(sql`
      create trigger refuse_test_event before insert on plan_event
      for each row execute function refuse_test_event()`);
    try {
      const maria = await api.callerFor(demoEmail.teacher);
      const before = { steps: await count("action_step"), events: await count("plan_event") };
      expect(
        await codeOf(
          maria.actionPlan.addStep({ planId, description: "A step that must not be kept" }),
        ),
      ).toBe("INTERNAL_SERVER_ERROR");
      expect(await count("action_step")).toBe(before.steps);
      expect(await count("plan_event")).toBe(before.events);
    } finally {
      await api.db.execute(sql`drop trigger refuse_test_event on plan_event`);
      await api.db.execute(sql`drop function refuse_test_event()`);
    }
  });

  it("refuses an indicator that is not the district's, changing nothing", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const before = await maria.actionPlan.byId({ planId });
    expect(
      await codeOf(
        maria.actionPlan.save({
          stageId,
          goal: "A goal that must not be saved",
          indicatorIds: ["0197a3c2-7f7e-7a1b-8c3d-000000000099"],
        }),
      ),
    ).toBe("NOT_FOUND");
    const after = await maria.actionPlan.byId({ planId });
    expect(after.plan.goal).toBe(before.plan.goal);
    expect(after.plan.indicators).toEqual(before.plan.indicators);
  });
});

describe("who may read a plan", () => {
  it.each([
    ["a teacher in the same school, on another team", demoEmail.leader],
    ["a coach who does not coach the teacher", demoEmail.middleCoach],
    ["the principal", demoEmail.principal],
    ["a coach in another district", demoEmail.cedarRidgeCoach],
  ])("%s gets NOT_FOUND", async (_who, email) => {
    const caller = await api.callerFor(email);
    expect(await codeOf(caller.actionPlan.byId({ planId }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.actionPlan.history({ planId }))).toBe("NOT_FOUND");
    expect(await codeOf(caller.actionPlan.comment({ planId, body: "Hi" }))).toBe("NOT_FOUND");
  });

  it("a teammate reads the plan only once it is shared, and can never change it", async () => {
    expect(teammate).not.toBe("");
    const mate = await api.callerFor(teammate);
    expect(await codeOf(mate.actionPlan.byId({ planId }))).toBe("NOT_FOUND");

    const maria = await api.callerFor(demoEmail.teacher);
    await maria.actionPlan.setSharing({ planId, sharedWithTeam: true });
    const read = await mate.actionPlan.byId({ planId });
    expect(read.reader).toBe("teammate");
    expect(read.mayComment).toBe(false);

    const stepId = read.plan.steps[0]?.id ?? "";
    expect(await codeOf(mate.actionPlan.addStep({ planId, description: "Sneaky" }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(mate.actionPlan.updateStep({ stepId, baseRevision: 0, status: "stuck" })),
    ).toBe("FORBIDDEN");
    expect(await codeOf(mate.actionPlan.setSharing({ planId, sharedWithTeam: false }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(mate.actionPlan.comment({ planId, body: "Nice" }))).toBe("FORBIDDEN");
    expect(await codeOf(mate.actionPlan.history({ planId }))).toBe("FORBIDDEN");

    await maria.actionPlan.setSharing({ planId, sharedWithTeam: false });
    expect(await codeOf(mate.actionPlan.byId({ planId }))).toBe("NOT_FOUND");
    const summaries = (await maria.actionPlan.history({ planId })).map((entry) => entry.summary);
    expect(summaries).toContain("Shared the plan with their team");
    expect(summaries).toContain("Stopped sharing the plan");
  });

  it("a coach cannot change the plan they read", async () => {
    const janelle = await api.callerFor(demoEmail.coach);
    const { plan } = await janelle.coaching.plan({ planId });
    const stepId = plan.steps[0]?.id ?? "";
    // Janelle holds no teacher role, so the teacher tier refuses before the plan is looked at.
    expect(
      await codeOf(janelle.actionPlan.updateStep({ stepId, baseRevision: 0, status: "done" })),
    ).toBe("FORBIDDEN");
  });
});

describe("comments and replies", () => {
  it("the coach comments on a step, the teacher replies, both see the conversation and the history", async () => {
    const janelle = await api.callerFor(demoEmail.coach);
    const maria = await api.callerFor(demoEmail.teacher);
    const { plan } = await janelle.coaching.plan({ planId });
    const step = plan.steps[0];
    expect(step).toBeDefined();

    const { commentId } = await janelle.actionPlan.comment({
      planId,
      stepId: step?.id,
      body: "Try the exit ticket on Friday too.",
    });
    const { commentId: replyId } = await maria.actionPlan.comment({
      planId,
      replyToId: commentId,
      body: "Will do, thanks!",
    });

    const seenByTeacher = (await maria.actionPlan.byId({ planId })).plan.comments;
    expect(seenByTeacher.map((comment) => [comment.body, comment.byTeacher])).toEqual([
      ["Try the exit ticket on Friday too.", false],
      ["Will do, thanks!", true],
    ]);
    const reply = seenByTeacher.find((comment) => comment.id === replyId);
    expect(reply).toMatchObject({ replyToId: commentId, stepId: step?.id });

    const seenByCoach = (await janelle.coaching.plan({ planId })).plan.comments;
    expect(seenByCoach.map((comment) => comment.author.displayName)).toEqual([
      "Janelle Brooks",
      "Maria Delgado",
    ]);

    const history = (await janelle.coaching.plan({ planId })).history;
    expect(history.map((entry) => [entry.actor.displayName, entry.kind])).toEqual(
      expect.arrayContaining([
        ["Janelle Brooks", "comment_added"],
        ["Maria Delgado", "reply_added"],
      ]),
    );

    const attention = await maria.actionPlan.attention();
    expect(attention.comments[0]).toMatchObject({
      body: "Try the exit ticket on Friday too.",
      authorName: "Janelle Brooks",
    });
  });

  it("refuses a reply to a comment of another plan, and a step of another plan", async () => {
    const [other] = await rawRows<{ plan_id: string; step_id: string }>(
      api.db,
      sql`select s.plan_id::text as plan_id, s.id::text as step_id from action_step s
          where s.plan_id <> ${planId} and s.district_id = (select district_id from action_plan where id = ${planId})
          limit 1`,
    );
    const maria = await api.callerFor(demoEmail.teacher);
    expect(
      await codeOf(maria.actionPlan.comment({ planId, stepId: other?.step_id, body: "Hi" })),
    ).toBe("NOT_FOUND");
  });

  it("refuses a blank comment naming the field", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    await expect(maria.actionPlan.comment({ planId, body: " " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("coaching.teacher", () => {
  it("shows the coach their teacher's stages, reflections and plans", async () => {
    const maria = await api.callerFor(demoEmail.teacher);
    const me = await maria.viewer.me();
    const janelle = await api.callerFor(demoEmail.coach);
    const view = await janelle.coaching.teacher({ personId: me.person.id });
    expect(view.teacher.displayName).toBe("Maria Delgado");
    expect(view.enrolments[0]?.stage.id).toBe(stageId);
    expect(view.sessions.length).toBe(view.enrolments[0]?.sessionsCompleted);
    expect(view.sessions.every((session) => (session.reflection ?? "").length > 0)).toBe(true);
    expect(view.plans.map((plan) => plan.id)).toContain(planId);
  });

  it.each([
    ["a coach of another school", demoEmail.middleCoach],
    ["a teacher leader who does not facilitate her team", demoEmail.leader],
  ])("is FORBIDDEN to %s", async (_who, email) => {
    const me = await (await api.callerFor(demoEmail.teacher)).viewer.me();
    const caller = await api.callerFor(email);
    expect(await codeOf(caller.coaching.teacher({ personId: me.person.id }))).toBe("FORBIDDEN");
    expect(await codeOf(caller.coaching.plan({ planId }))).toMatch(/FORBIDDEN|NOT_FOUND/);
  });

  it("is refused to a teacher (not a coach)", async () => {
    const me = await (await api.callerFor(demoEmail.teacher)).viewer.me();
    const mate = await api.callerFor(teammate);
    expect(await codeOf(mate.coaching.teacher({ personId: me.person.id }))).toBe("FORBIDDEN");
  });
});
