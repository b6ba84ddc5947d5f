import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The teacher app's "My team" page through the real router: a plan shared with the team is
 * listed for, and readable by, the teacher's teammates only; unshared, it is listed for no one.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"maria" | "teammate" | "stranger", TestPerson>;
let planId: string;

// Maria and a teammate on one team, a teacher of the same school on none; Maria has a plan.
beforeAll(async () => {
  district = await testDistrict(api);
  const school = await district.school();
  people = {
    maria: await district.person({ role: "teacher", school, name: "Maria Delgado" }),
    teammate: await district.person({ role: "teacher", school }),
    stranger: await district.person({ role: "teacher", school }),
  };
  await district.team({ school, members: [people.maria, people.teammate] });
  const cohort = await district.cohort({ school });
  await district.enrol(people.maria, cohort);
  const maria = await district.callerFor(people.maria);
  ({ planId } = await maria.actionPlan.save({
    stageId: cohort.stageId,
    goal: "Every student explains their thinking",
    indicatorIds: [],
  }));
});

describe("plans shared with the team", () => {
  it("are listed for a teammate and open read-only; a non-teammate sees and reads nothing", async () => {
    expect(planId).not.toBe("");
    const maria = await district.callerFor(people.maria);
    const mate = await district.callerFor(people.teammate);
    const other = await district.callerFor(people.stranger);
    const listed = async (caller: typeof mate) =>
      (await caller.actionPlan.teamShared()).map((row) => row.planId);

    await maria.actionPlan.setSharing({ planId, sharedWithTeam: false });
    expect(await listed(mate)).not.toContain(planId);

    await maria.actionPlan.setSharing({ planId, sharedWithTeam: true });
    const row = (await mate.actionPlan.teamShared()).find((entry) => entry.planId === planId);
    expect(row).toMatchObject({ teacherName: "Maria Delgado" });
    expect(row?.teamNames.length).toBeGreaterThan(0);
    expect((await mate.actionPlan.byId({ planId })).reader).toBe("teammate");

    expect(await listed(other)).not.toContain(planId);
    expect(await codeOf(other.actionPlan.byId({ planId }))).toBe("NOT_FOUND");
    // Her own plan is hers, not a teammate's.
    expect(await listed(maria)).not.toContain(planId);

    await maria.actionPlan.setSharing({ planId, sharedWithTeam: false });
    expect(await listed(mate)).not.toContain(planId);
    expect(await codeOf(mate.actionPlan.byId({ planId }))).toBe("NOT_FOUND");
  });
});
