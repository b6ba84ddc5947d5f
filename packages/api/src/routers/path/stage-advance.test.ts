import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/**
 * "When a stage is complete the next stage opens for that teacher": whichever requirement is
 * met last — an action step done with evidence, or the last MicroPD session — opens it, in the
 * same request, without anyone waiting. (The seeded stages ask for a coach's confirmation and
 * support meetings; here Stage 1 asks for neither, so the teacher's own work completes it.)
 */
const api = testApiPerFile();
beforeAll(async () => {
  await api.db.execute(
    sql`update stage set requires_confirmation = false, meetings_required = 0 where position = 1`,
  );
});

const reflection =
  "Students used the essential question to frame their notes, and the summary at the end showed it.";

it("opens the next stage the moment the teacher completes the last requirement", async () => {
  const teacher = await api.callerFor("teacher@maplevalley.test");
  const home = await teacher.teacher.home();
  const stageOne = home.enrolments.find((enrolment) => enrolment.stage.position === 1);
  if (!stageOne) throw new Error("The demo teacher is enrolled in Stage 1.");
  await api.db.execute(
    sql`update enrolment set workshop_attended = true where cohort_id = ${stageOne.cohortId}`,
  );

  // Every session but the last.
  const stage = await teacher.path.stage({ stageId: stageOne.stage.id });
  const sessions = stage.sessions;
  for (const session of sessions.slice(0, -1)) {
    if (session.state?.kind !== "completed") {
      await teacher.micropd.complete({ sessionId: session.id, reflection });
    }
  }

  // The action step done with evidence and a reflection: not yet complete (one session left).
  const { planId } = await teacher.actionPlan.save({
    stageId: stageOne.stage.id,
    goal: "Every lesson opens with an essential question my Grade 2 readers can answer by the end.",
    indicatorIds: [],
  });
  const { stepId } = await teacher.actionPlan.addStep({
    planId,
    description: "Post and revisit the essential question in three reading lessons",
  });
  const stepDone = await teacher.actionPlan.updateStep({
    stepId,
    baseRevision: 0,
    status: "done",
    evidenceText: "Photos of the posted questions and exit tickets from three lessons.",
    reflection,
  });
  expect(stepDone.next).toMatchObject({ kind: "not_complete", status: "in_progress" });

  // The last session completes the stage, and Stage 2 opens at once.
  const last = sessions.at(-1);
  if (!last) throw new Error("Stage 1 has sessions.");
  const completed = await teacher.micropd.complete({ sessionId: last.id, reflection });
  expect(completed.stageOutcome).toMatchObject({ kind: "enrolled", stage: { position: 2 } });

  // Stage 2 of her framework opens; her stage of the other program (technology) is untouched.
  const after = await teacher.teacher.home();
  const framework = after.programs.find((program) =>
    program.stages.some((s) => s.id === stageOne.stage.id),
  );
  const inFramework = new Set(framework?.stages.map((s) => s.id));
  const standing = (inProgram: boolean) =>
    after.enrolments
      .filter((enrolment) => inFramework.has(enrolment.stage.id) === inProgram)
      .map((enrolment) => [enrolment.stage.position, enrolment.status]);
  expect(standing(true)).toEqual([
    [1, "complete"],
    [2, "not_started"],
  ]);
  expect(standing(false)).toEqual([[1, "not_started"]]);
  const [count] = await rawRows<{ n: number }>(
    api.db,
    sql`select count(*)::int as n from enrolment e join person p on p.id = e.person_id
        where p.email = 'teacher@maplevalley.test'`,
  );
  expect(count?.n).toBe(3);
});
