import { beforeAll, describe, expect, it } from "vitest";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * A plan step saved from two devices: each save names the revision it was made from, and one made
 * from an older copy is refused with what the other device saved, so nothing is overwritten.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let teacher: TestPerson;
let planId: string;

// A teacher enrolled in a cohort, with a plan for its stage.
beforeAll(async () => {
  district = await testDistrict(api);
  const school = await district.school();
  teacher = await district.person({ role: "teacher", school });
  const cohort = await district.cohort({ school });
  await district.enrol(teacher, cohort);
  ({ planId } = await (await district.callerFor(teacher)).actionPlan.save({
    stageId: cohort.stageId,
    goal: "Every student answers in full sentences",
    indicatorIds: [],
  }));
});

async function savedStep(stepId: string) {
  const { plan } = await (await district.callerFor(teacher)).actionPlan.byId({ planId });
  return plan.steps.find((step) => step.id === stepId);
}

describe("saving a plan step with the revision it was made from", () => {
  it("saves on the current revision and moves it on; refuses a stale one without writing", async () => {
    const maria = await district.callerFor(teacher);
    const { stepId } = await maria.actionPlan.addStep({ planId, description: "Cold-call kindly" });
    expect((await savedStep(stepId))?.revision).toBe(0);

    // The laptop saves first, on the revision both devices read.
    const laptop = await maria.actionPlan.updateStep({
      stepId,
      baseRevision: 0,
      reflection: "Written on the laptop.",
    });
    expect(laptop).toMatchObject({ outcome: "saved", revision: 1 });
    expect(await savedStep(stepId)).toMatchObject({
      revision: 1,
      reflection: "Written on the laptop.",
    });

    // The phone still holds revision 0: refused, and told what the laptop saved.
    const phone = await maria.actionPlan.updateStep({
      stepId,
      baseRevision: 0,
      status: "done",
      reflection: "Written on the phone.",
    });
    expect(phone).toMatchObject({
      outcome: "conflict",
      revision: 1,
      current: { reflection: "Written on the laptop.", status: "planned" },
    });
    expect(await savedStep(stepId)).toMatchObject({
      revision: 1,
      status: "planned",
      reflection: "Written on the laptop.",
    });
    const history = await maria.actionPlan.history({ planId });
    expect(history.map((entry) => entry.summary)).not.toContain(
      'Marked "Cold-call kindly" as done',
    );

    // Keeping the phone's text: saved again on the revision it was shown.
    const kept = await maria.actionPlan.updateStep({
      stepId,
      baseRevision: phone.revision,
      reflection: "Written on the phone.",
    });
    expect(kept).toMatchObject({ outcome: "saved", revision: 2 });
    expect((await savedStep(stepId))?.reflection).toBe("Written on the phone.");
  });
});
