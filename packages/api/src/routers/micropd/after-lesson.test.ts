import { scheduleDueReminders } from "@throughline/db/queries/reminders/reminders";
import { withTenant } from "@throughline/db/tenant";
import { AFTER_LESSON_REMIND_DAYS } from "@throughline/domain/rules/after-lesson";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import type { TestApi } from "../../testing/test-api.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * A MicroPD reflection that asks about a lesson not taught yet: the session completes with the
 * plan, and the after-the-lesson part comes back as a plan step and a reminder, and is finished
 * by writing it.
 */

const PLAN =
  "I will preview four words from the essential question, each with a picture and an example.";
const AFTER =
  "Students used three of the four words in their closing summaries; 'habitat' came up in every pair.";
const DAY_MS = 86_400_000;

const api = testApiPerFile({ seed: false });

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;
let district: TestDistrict;
let maria: TestPerson;

async function nextSession(teacher: Caller) {
  const home = await teacher.teacher.home();
  const next = home.enrolments[0]?.next;
  if (next?.kind !== "available") throw new Error("The teacher has no session open now.");
  return teacher.micropd.session({ sessionId: next.session.id });
}

// A teacher of a self-paced cohort who has completed the sessions before the first one that
// asks about a lesson after it.
beforeAll(async () => {
  district = await testDistrict(api);
  const school = await district.school();
  maria = await district.person({ role: "teacher", school });
  await district.enrol(maria, await district.cohort({ school }));
  const teacher = await district.callerFor(maria);
  for (let view = await nextSession(teacher); view.session.afterLessonPrompts.length === 0; ) {
    await teacher.micropd.complete({ sessionId: view.session.id, reflection: PLAN });
    view = await nextSession(teacher);
  }
});

async function afterLessonNotices(teacher: Caller) {
  const centre = await teacher.notifications.centre({ limit: 100 });
  return centre.items.filter((item) => item.kind === "after_lesson_due");
}

async function runReminders(districtId: string, at: Date) {
  await withTenant(api.db, districtId, (tx) => scheduleDueReminders(tx, districtId, at));
}

describe("a reflection finished after the lesson", () => {
  it("completes the session with the plan, then comes back as a plan step and a reminder", async () => {
    const teacher = await district.callerFor(maria);
    const me = await teacher.viewer.me();
    const view = await nextSession(teacher);
    expect(view.session.afterLessonPrompts.length).toBeGreaterThan(0);
    expect(view.progress.afterLessonCompletedAt).toBeNull();

    // Before completing there is nothing to write after the lesson.
    expect(await codeOf(teacher.micropd.afterLesson({ sessionId: view.session.id }))).toBe(
      "FORBIDDEN",
    );

    const done = await teacher.micropd.complete({ sessionId: view.session.id, reflection: PLAN });
    expect(done.completedAt).toBeInstanceOf(Date);
    expect(done.afterLesson).not.toBeNull();

    // The plan step, on the plan of the session's stage, names the session.
    const plan = (await teacher.actionPlan.mine({ stageId: view.stage.id })).plan;
    const steps = plan?.steps.filter((step) => step.fromSession?.id === view.session.id) ?? [];
    expect(steps).toHaveLength(1);
    expect(steps[0]?.status).toBe("planned");
    expect(steps[0]?.description).toContain(view.session.title);
    expect(steps[0]?.dueOn).toBe(done.afterLesson?.dueOn);

    // Completing again (rewriting the plan) does not add a second step.
    await teacher.micropd.complete({ sessionId: view.session.id, reflection: `${PLAN} Again.` });
    const again = (await teacher.actionPlan.mine({ stageId: view.stage.id })).plan;
    expect(again?.steps.filter((step) => step.fromSession?.id === view.session.id)).toHaveLength(1);

    // No reminder the same day; one once the lesson has likely been taught, written once.
    await runReminders(me.district.id, new Date());
    expect(await afterLessonNotices(teacher)).toHaveLength(0);
    const later = new Date(Date.now() + AFTER_LESSON_REMIND_DAYS * DAY_MS + DAY_MS / 2);
    await runReminders(me.district.id, later);
    await runReminders(me.district.id, later);
    const notices = await afterLessonNotices(teacher);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.title).toContain(view.session.title);
    expect(notices[0]?.link).toEqual({
      app: "teacher",
      path: `/sessions/${view.session.id}/after-lesson`,
    });

    // The after-lesson page has the questions and the plan written before the lesson.
    const page = await teacher.micropd.afterLesson({ sessionId: view.session.id });
    expect(page.prompts).toEqual(view.session.afterLessonPrompts);
    expect(page.planned).toBe(`${PLAN} Again.`);
    expect(page.afterLesson).toBeNull();
    expect(page.step?.status).toBe("planned");

    // Too short is refused beside the field; a real answer finishes the step with it.
    expect(
      await codeOf(
        teacher.micropd.completeAfterLesson({ sessionId: view.session.id, reflection: "ok" }),
      ),
    ).toBe("BAD_REQUEST");
    const written = await teacher.micropd.completeAfterLesson({
      sessionId: view.session.id,
      reflection: AFTER,
    });
    expect(written.step?.status).toBe("done");
    // The reminder is answered: it no longer counts as unread.
    expect((await afterLessonNotices(teacher)).every((item) => item.readAt !== null)).toBe(true);
    const finished = (await teacher.actionPlan.mine({ stageId: view.stage.id })).plan;
    const step = finished?.steps.find((row) => row.fromSession?.id === view.session.id);
    expect(step?.status).toBe("done");
    expect(step?.reflection).toBe(AFTER);
    const reread = await teacher.micropd.session({ sessionId: view.session.id });
    expect(reread.progress.afterLessonCompletedAt).toBeInstanceOf(Date);
    expect(reread.progress.reflection).toBe(`${PLAN} Again.`);

    // A done step is not reminded again, even when its day has passed.
    await runReminders(me.district.id, new Date(Date.now() + 30 * DAY_MS));
    expect(await afterLessonNotices(teacher)).toHaveLength(1);
  });

  it("has nothing after the lesson for a session that asks nothing about it", async () => {
    const teacher = await district.callerFor(maria);
    const view = await nextSession(teacher);
    expect(view.session.afterLessonPrompts).toEqual([]);
    expect(await codeOf(teacher.micropd.afterLesson({ sessionId: view.session.id }))).toBe(
      "NOT_FOUND",
    );
  });
});
