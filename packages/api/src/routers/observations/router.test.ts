import { sameObservationDraft } from "@throughline/domain/rules/same-observation-draft";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { coachingVisitStart } from "../../testing/observation-start-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";
import {
  publishedCoachingVisit,
  publishedWalkthrough,
} from "../../testing/test-district-observations.ts";

/*
 * Observations through the real router: coaching content never reaches a principal through
 * any procedure until the teacher shares it; teachers see only their own published
 * observations; drafts are the observer's alone.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal" | "leader", TestPerson>;
let maria: string;
let otherTeacher: string;
let indicators: string[];
/** Every note, look-for and reflection text of Maria's coaching observations. */
let coachingTexts: string[];
let coachingId: string;
let draftId: string;
let otherWalkthrough: string;

// Maria, coached in a cohort: two published coaching visits with notes and look-fors, her
// reflection on the first, and her coach's draft of a third; her principal's walkthrough of her
// and of another teacher of the school; a teacher leader who facilitates another team.
beforeAll(async () => {
  district = await testDistrict(api);
  const world = await district.coachedTeacher({ teacher: "Maria Delgado" });
  const other = await district.person({ role: "teacher", school: world.school });
  const leader = await district.person({ role: "teacher", school: world.school });
  await district.team({ school: world.school, members: [other, leader], facilitator: leader });
  people = { ...world, leader };
  maria = world.teacher.id;
  otherTeacher = other.id;
  indicators = await district.indicatorIds(3);
  const coach = await district.callerFor(world.coach);
  const first = {
    lookFors: "Wait time after each question",
    notes: ["Cold call", "Think-pair-share"],
  };
  const second = { lookFors: "Exit tickets sorted by the next day", notes: ["Fractions ticket"] };
  const reflection = "Next time I will give more wait time";
  const visit = (content: typeof first) =>
    publishedCoachingVisit(coach, { teacherId: maria, indicatorIds: indicators, ...content });
  const firstVisit = await visit(first);
  await (await district.callerFor(world.teacher)).observations.reflect({
    observationId: firstVisit,
    reflection,
  });
  coachingId = await visit(second);
  coachingTexts = [first, second].flatMap((content) => [content.lookFors, ...content.notes]);
  coachingTexts.push(reflection);
  ({ observationId: draftId } = await coach.observations.start(
    coachingVisitStart(maria, indicators.slice(0, 1)),
  ));
  const principal = await district.callerFor(world.principal);
  await publishedWalkthrough(principal, { teacherId: maria, indicatorIds: indicators });
  otherWalkthrough = await publishedWalkthrough(principal, {
    teacherId: other.id,
    indicatorIds: indicators,
  });
});

function leaksNothing(response: unknown) {
  const text = JSON.stringify(response);
  for (const secret of coachingTexts) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/levelRank|lookFors|"notes"|"photos"|reflection"/);
}

describe("coaching is kept apart from evaluation", () => {
  it("the principal has something to try to read", () => {
    expect(coachingTexts.length).toBeGreaterThan(4);
    expect(coachingId).not.toBe("");
  });

  it("a principal sees that coaching happened, and nothing of its content", async () => {
    const principal = await district.callerFor(people.principal);
    const list = await principal.observations.forTeacher({ teacherId: maria });
    const coaching = list.filter((row) => row.kind === "coaching");
    expect(coaching.length).toBe(2);
    for (const row of coaching) expect(row.access).toBe("facts");
    expect(list.some((row) => row.kind === "walkthrough" && row.access === "content")).toBe(true);
    leaksNothing(coaching);
    const detail = await principal.observations.detail({ observationId: coachingId });
    expect(detail.content).toBeNull();
    leaksNothing(detail);
    // The draft is not even a fact to the principal.
    expect(await codeOf(principal.observations.detail({ observationId: draftId }))).toBe(
      "NOT_FOUND",
    );
    leaksNothing(await principal.observations.recorded());
  });

  it("the district admin is held to the same rule", async () => {
    const admin = await district.callerFor(district.admin);
    leaksNothing(await admin.observations.forTeacher({ teacherId: maria }));
    leaksNothing(await admin.observations.detail({ observationId: coachingId }));
  });

  it("once the teacher shares an observation, her principal can read that one", async () => {
    const teacher = await district.callerFor(people.teacher);
    const principal = await district.callerFor(people.principal);
    await teacher.observations.share({ observationId: coachingId, shared: true });
    const detail = await principal.observations.detail({ observationId: coachingId });
    expect(detail.content?.notes.length).toBeGreaterThan(0);
    await teacher.observations.share({ observationId: coachingId, shared: false });
    leaksNothing(await principal.observations.detail({ observationId: coachingId }));
  });

  it("a teacher cannot share a walkthrough or someone else's observation", async () => {
    const teacher = await district.callerFor(people.teacher);
    const walk = (await teacher.observations.mine()).find((row) => row.kind === "walkthrough");
    expect(walk).toBeDefined();
    expect(
      await codeOf(teacher.observations.share({ observationId: walk?.id ?? "", shared: true })),
    ).toBe("NOT_FOUND");
    expect(
      await codeOf(
        teacher.observations.reflect({ observationId: otherWalkthrough, reflection: "Not mine" }),
      ),
    ).toBe("NOT_FOUND");
  });
});

describe("teachers see their own published observations only", () => {
  it("never another teacher's", async () => {
    const teacher = await district.callerFor(people.teacher);
    expect(await teacher.observations.forTeacher({ teacherId: otherTeacher })).toEqual([]);
    expect(await codeOf(teacher.observations.detail({ observationId: otherWalkthrough }))).toBe(
      "NOT_FOUND",
    );
  });

  it("never a draft", async () => {
    const teacher = await district.callerFor(people.teacher);
    const mine = await teacher.observations.mine();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((row) => row.status === "published")).toBe(true);
    expect(mine.map((row) => row.id)).not.toContain(draftId);
    expect(await codeOf(teacher.observations.detail({ observationId: draftId }))).toBe("NOT_FOUND");
  });

  it("coaches of the teacher do not see walkthroughs", async () => {
    const coach = await district.callerFor(people.coach);
    const list = await coach.observations.forTeacher({ teacherId: maria });
    expect(list.every((row) => row.kind === "coaching")).toBe(true);
  });
});

describe("recording an observation", () => {
  it("checks who may start which kind", async () => {
    const [coach, principal, leader] = await Promise.all([
      district.callerFor(people.coach),
      district.callerFor(people.principal),
      district.callerFor(people.leader),
    ]);
    const start = {
      teacherId: maria,
      observedOn: "2030-01-08",
      classLabel: null,
      durationMinutes: 20,
      indicatorIds: indicators.slice(0, 1),
    };
    expect(await codeOf(principal.observations.start({ ...start, kind: "coaching" }))).toBe(
      "FORBIDDEN",
    );
    expect(await codeOf(coach.observations.start({ ...start, kind: "walkthrough" }))).toBe(
      "FORBIDDEN",
    );
    // The teacher leader facilitates another team, not Maria's.
    expect(await codeOf(leader.observations.start({ ...start, kind: "coaching" }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(coach.observations.start({ ...start, kind: "coaching", indicatorIds: [maria] })),
    ).toBe("BAD_REQUEST");
  });

  it("autosaves with compare-and-set, publishes, and gets the teacher's reflection back", async () => {
    const coach = await district.callerFor(people.coach);
    const teacher = await district.callerFor(people.teacher);
    const { observationId } = await coach.observations.start(
      coachingVisitStart(maria, indicators.slice(0, 2)),
    );
    expect(await codeOf(teacher.observations.detail({ observationId }))).toBe("NOT_FOUND");
    expect(await codeOf(coach.observations.publish({ observationId }))).toBe("BAD_REQUEST");

    const draft = {
      observationId,
      baseRevision: 0,
      observedOn: "2030-01-08",
      classLabel: "Period 2",
      durationMinutes: 30,
      ratings: indicators.slice(0, 2).map((indicatorId) => ({
        indicatorId,
        levelRank: 2,
        lookFors: "Pairs restate the question",
      })),
      notes: [
        {
          id: crypto.randomUUID(),
          notedAt: new Date(),
          body: "Students restate the essential question",
        },
      ],
    };
    expect(await coach.observations.saveDraft(draft)).toEqual({ outcome: "saved", revision: 1 });
    // The same save again (a second tab, an old device) is stale now; the answer carries what
    // the server holds, so a device whose first answer was lost recognises its own save.
    const stale = await coach.observations.saveDraft(draft);
    expect(stale).toMatchObject({ outcome: "conflict", revision: 1 });
    if (stale.outcome !== "conflict") throw new Error("expected a conflict");
    const { baseRevision: _sent, ...sentContent } = draft;
    expect(sameObservationDraft(stale.theirs, sentContent)).toBe(true);
    expect(sameObservationDraft(stale.theirs, { ...sentContent, notes: [] })).toBe(false);
    const second = await coach.observations.saveDraft({ ...draft, baseRevision: 1, notes: [] });
    expect(second).toEqual({ outcome: "saved", revision: 2 });
    // A draft is the observer's alone: to anyone else it does not exist.
    const principal = await district.callerFor(people.principal);
    expect(await codeOf(principal.observations.saveDraft({ ...draft, baseRevision: 2 }))).toBe(
      "NOT_FOUND",
    );

    await coach.observations.publish({ observationId });
    expect(await codeOf(coach.observations.saveDraft({ ...draft, baseRevision: 2 }))).toBe(
      "CONFLICT",
    );
    const seen = await teacher.observations.detail({ observationId });
    expect(seen.content?.ratings.map((rating) => rating.levelLabel)).toEqual([
      "Developing",
      "Developing",
    ]);
    expect(seen.content?.notes).toEqual([]);
    await teacher.observations.reflect({
      observationId,
      reflection: "I will slow the first chunk down.",
    });
    await teacher.observations.acknowledge({ observationId });
    const back = await coach.observations.detail({ observationId });
    expect(back.content?.reflection).toBe("I will slow the first chunk down.");
    expect(back.content?.acknowledgedAt).toBeInstanceOf(Date);
  });

  it("lets only the observer discard a draft", async () => {
    const coach = await district.callerFor(people.coach);
    const teacher = await district.callerFor(people.teacher);
    expect(await codeOf(teacher.observations.discard({ observationId: draftId }))).toBe(
      "NOT_FOUND",
    );
    await coach.observations.discard({ observationId: draftId });
    expect(await codeOf(coach.observations.detail({ observationId: draftId }))).toBe("NOT_FOUND");
  });
});

describe("the district's scale", () => {
  it("is read by anyone and set by district staff only", async () => {
    const teacher = await district.callerFor(people.teacher);
    const scale = await teacher.observations.scale();
    expect(scale.map((level) => level.label)).toEqual([
      "Not yet observed",
      "Beginning",
      "Developing",
      "Proficient",
    ]);
    const levels = scale.map((level) => ({ label: level.label, description: level.description }));
    const principal = await district.callerFor(people.principal);
    expect(await codeOf(principal.observations.setScale({ levels, targetRank: 2 }))).toBe(
      "FORBIDDEN",
    );
    const admin = await district.callerFor(district.admin);
    expect(
      await codeOf(admin.observations.setScale({ levels: levels.slice(0, 2), targetRank: 1 })),
    ).toBe("CONFLICT");
    const renamed = await admin.observations.setScale({
      levels: levels.map((level, rank) => (rank === 3 ? { ...level, label: "Secure" } : level)),
      targetRank: 2,
    });
    expect(renamed.find((level) => level.isTarget)?.label).toBe("Developing");
    expect(renamed[3]?.label).toBe("Secure");
  });
});
