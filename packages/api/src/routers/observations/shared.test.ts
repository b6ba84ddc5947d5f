import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import { publishedCoachingVisit } from "../../testing/test-district-observations.ts";

/*
 * What principals do from the admin app, through the real router: read the coaching
 * observations teachers shared with them (and only those), and record a walkthrough of a
 * teacher of their school from start to publish.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal" | "middlePrincipal", TestPerson>;
let maria: string;
let coachingId: string;
let indicators: string[];

// A teacher with a published coaching observation by her coach; her principal, and the
// principal of another school.
beforeAll(async () => {
  district = await testDistrict(api);
  const world = await district.coachedTeacher();
  people = { ...world, middlePrincipal: await district.principalElsewhere() };
  maria = people.teacher.id;
  indicators = await district.indicatorIds(2);
  coachingId = await publishedCoachingVisit(await district.callerFor(people.coach), {
    teacherId: maria,
    indicatorIds: indicators,
  });
});

describe("coaching observations shared with the principal", () => {
  it("are listed for her principal only once shared, and leave the list when unshared", async () => {
    const teacher = await district.callerFor(people.teacher);
    const principal = await district.callerFor(people.principal);
    const ids = async () => (await principal.observations.sharedWithMe()).map((row) => row.id);
    await teacher.observations.share({ observationId: coachingId, shared: false });
    expect(await ids()).not.toContain(coachingId);

    await teacher.observations.share({ observationId: coachingId, shared: true });
    const shared = await principal.observations.sharedWithMe();
    const row = shared.find((entry) => entry.id === coachingId);
    expect(row).toMatchObject({ kind: "coaching", access: "content", teacherId: maria });
    for (const entry of shared) expect(entry.kind).toBe("coaching");
    const detail = await principal.observations.detail({ observationId: coachingId });
    expect(detail.content?.ratings.length).toBeGreaterThan(0);

    await teacher.observations.share({ observationId: coachingId, shared: false });
    expect(await ids()).not.toContain(coachingId);
  });

  it("never reach a principal of another school, nor the teacher's coach as 'shared'", async () => {
    const teacher = await district.callerFor(people.teacher);
    await teacher.observations.share({ observationId: coachingId, shared: true });
    const other = await district.callerFor(people.middlePrincipal);
    expect((await other.observations.sharedWithMe()).map((row) => row.id)).not.toContain(
      coachingId,
    );
    expect(await codeOf(other.observations.detail({ observationId: coachingId }))).toBe(
      "NOT_FOUND",
    );
    const coach = await district.callerFor(people.coach);
    expect(await coach.observations.sharedWithMe()).toEqual([]);
    await teacher.observations.share({ observationId: coachingId, shared: false });
  });
});

describe("a principal records a walkthrough", () => {
  it("of a teacher of her school, but no coaching observation and no one elsewhere", async () => {
    const principal = await district.callerFor(people.principal);
    const options = await principal.observations.startOptions({ teacherId: maria });
    expect(options.kinds).toEqual(["walkthrough"]);
    const base = {
      teacherId: maria,
      observedOn: "2030-02-04",
      classLabel: "Period 1",
      durationMinutes: 15,
      indicatorIds: indicators,
    };
    expect(await codeOf(principal.observations.start({ ...base, kind: "coaching" }))).toBe(
      "FORBIDDEN",
    );
    const other = await district.callerFor(people.middlePrincipal);
    expect(await codeOf(other.observations.start({ ...base, kind: "walkthrough" }))).toBe(
      "FORBIDDEN",
    );

    const { observationId } = await principal.observations.start({ ...base, kind: "walkthrough" });
    const saved = await principal.observations.saveDraft({
      observationId,
      baseRevision: 0,
      observedOn: base.observedOn,
      classLabel: base.classLabel,
      durationMinutes: base.durationMinutes,
      ratings: indicators.map((indicatorId) => ({ indicatorId, levelRank: 3, lookFors: null })),
      notes: [{ id: crypto.randomUUID(), notedAt: new Date(), body: "Exit ticket on the board" }],
    });
    expect(saved.outcome).toBe("saved");
    await principal.observations.publish({ observationId });
    const teacher = await district.callerFor(people.teacher);
    const mine = await teacher.observations.mine();
    expect(mine.find((row) => row.id === observationId)?.kind).toBe("walkthrough");
  });
});
