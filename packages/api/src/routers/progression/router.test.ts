import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

const api = testApiPerFile();
let stageOneCohortId: string;

beforeAll(async () => {
  const cohorts = await (await api.callerFor("coach@maplevalley.test")).workshop.cohorts();
  stageOneCohortId =
    cohorts.find(
      (cohort) => cohort.stage.position === 1 && cohort.schoolName === "Maple Valley Elementary",
    )?.id ?? "";
});

async function roster() {
  const coach = await api.callerFor("coach@maplevalley.test");
  return (await coach.workshop.forCohort({ cohortId: stageOneCohortId })).roster;
}

async function firstWithStatus(status: string) {
  const found = (await roster()).find((row) => row.status === status);
  if (!found) throw new Error(`The seed has a Stage 1 teacher who is ${status}.`);
  return found;
}

/** Enrolments of a person in stages after the first, read past row security. */
async function laterEnrolments(personId: string) {
  return rawRows<{ cohort_id: string; position: number; confirmed_at: Date | null }>(
    api.db,
    sql`select e.cohort_id::text as cohort_id, s.position, e.confirmed_at
        from enrolment e
        join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
        join stage s on s.district_id = c.district_id and s.id = c.stage_id
        where e.person_id = ${personId} and s.position > 1`,
  );
}

async function confirmedAt(enrolmentId: string) {
  const [row] = await rawRows<{ confirmed_at: Date | null }>(
    api.db,
    sql`select confirmed_at from enrolment where id = ${enrolmentId}`,
  );
  return row?.confirmed_at ?? null;
}

describe("progression.confirm", () => {
  it("takes a teacher from ready for review to complete and opens the next stage once", async () => {
    const ready = await firstWithStatus("ready_for_review");
    expect(await laterEnrolments(ready.personId)).toEqual([]);
    const coach = await api.callerFor("coach@maplevalley.test");

    const first = await coach.progression.confirm({ enrolmentId: ready.enrolmentId });
    expect(first.next).toMatchObject({
      kind: "enrolled",
      stage: { position: 2 },
      cohortName: expect.stringContaining("Maple Valley Elementary · Stage 2"),
    });
    const after = (await roster()).find((row) => row.enrolmentId === ready.enrolmentId);
    expect(after?.status).toBe("complete");

    const second = await coach.progression.confirm({ enrolmentId: ready.enrolmentId });
    expect(second.next).toMatchObject({ kind: "already_open", stage: { position: 2 } });
    const later = await laterEnrolments(ready.personId);
    expect(later).toHaveLength(1);
    expect(later[0]?.confirmed_at).toBeNull();
  });

  it("shows the new stage on the teacher's home", async () => {
    const done = await firstWithStatus("complete");
    const [person] = await rawRows<{ email: string }>(
      api.db,
      sql`select email from person where id = ${done.personId}`,
    );
    const teacher = await api.callerFor(person?.email ?? "");
    const coach = await api.callerFor("coach@maplevalley.test");
    await coach.progression.confirm({ enrolmentId: done.enrolmentId });
    const home = await teacher.teacher.home();
    expect(
      home.enrolments.map((enrolment) => [enrolment.stage.position, enrolment.status]),
    ).toEqual([
      [1, "complete"],
      [2, "not_started"],
    ]);
  });

  it("refuses to confirm a teacher who has not met every requirement, and writes nothing", async () => {
    const working = await firstWithStatus("in_progress");
    const coach = await api.callerFor("coach@maplevalley.test");
    const call = coach.progression.confirm({ enrolmentId: working.enrolmentId });
    expect(await codeOf(call)).toBe("BAD_REQUEST");
    expect(await confirmedAt(working.enrolmentId)).toBeNull();
    expect(await laterEnrolments(working.personId)).toEqual([]);
  });

  it.each([
    ["the principal of the school", "principal@maplevalley.test"],
    ["a district admin", "admin@maplevalley.test"],
  ])("may be done by %s", async (_who, email) => {
    // Take back a confirmation, past row security, so the teacher is ready for review again.
    const target = await firstWithStatus("complete");
    await rawRows(
      api.db,
      sql`update enrolment set confirmed_at = null where id = ${target.enrolmentId}`,
    );
    expect((await roster()).find((row) => row.enrolmentId === target.enrolmentId)?.status).toBe(
      "ready_for_review",
    );
    const caller = await api.callerFor(email);
    expect(await codeOf(caller.progression.confirm({ enrolmentId: target.enrolmentId }))).toBe(
      "OK",
    );
    expect(await confirmedAt(target.enrolmentId)).not.toBeNull();
  });

  it.each([
    ["the teacher", "teacher@maplevalley.test", "FORBIDDEN"],
    ["a teacher leader who only facilitates a team", "leader@maplevalley.test", "FORBIDDEN"],
    ["a coach of another school's cohorts", "leah.whitfield@maplevalley.test", "FORBIDDEN"],
    ["the principal of another school", "sandra.villanueva@maplevalley.test", "FORBIDDEN"],
    ["a coach of another district", "coach@cedarridge.test", "NOT_FOUND"],
  ])("is refused to %s", async (_who, email, code) => {
    const [ready] = await rawRows<{ id: string }>(
      api.db,
      sql`select e.id::text as id from enrolment e
          join cohort c on c.district_id = e.district_id and c.id = e.cohort_id
          where c.id = ${stageOneCohortId} and e.confirmed_at is null
          order by e.created_at limit 1`,
    );
    const enrolmentId = ready?.id ?? "";
    const caller = await api.callerFor(email);
    expect(await codeOf(caller.progression.confirm({ enrolmentId }))).toBe(code);
    expect(await confirmedAt(enrolmentId)).toBeNull();
  });

  it("answers NOT_FOUND for an enrolment that does not exist", async () => {
    const coach = await api.callerFor("coach@maplevalley.test");
    const call = coach.progression.confirm({ enrolmentId: "0b9e4a4e-3f1c-4d8e-9a55-2f1d3c4b5a69" });
    expect(await codeOf(call)).toBe("NOT_FOUND");
  });
});
