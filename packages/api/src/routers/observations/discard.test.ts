import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { coachingVisitStart } from "../../testing/observation-start-input.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * An observation started by mistake can be thrown away: by its author only, only while it is a
 * draft, and with everything recorded in it — notes, ratings and photo records — in one go.
 */

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal", TestPerson>;
let indicators: string[];

// A teacher, the coach of her cohort and her principal.
beforeAll(async () => {
  district = await testDistrict(api);
  people = await district.coachedTeacher();
  indicators = await district.indicatorIds(2);
});

/** A coaching draft of the teacher with a note, two ratings and a photo record. */
async function recordedDraft(): Promise<string> {
  const coach = await district.callerFor(people.coach);
  const { observationId } = await coach.observations.start(
    coachingVisitStart(people.teacher.id, indicators, {
      observedOn: "2026-11-20",
      durationMinutes: 20,
    }),
  );
  await coach.observations.saveDraft({
    observationId,
    baseRevision: 0,
    observedOn: "2026-11-20",
    classLabel: "Period 2",
    durationMinutes: 20,
    ratings: indicators.map((indicatorId) => ({
      indicatorId,
      levelRank: 2,
      lookFors: "Wait time",
    })),
    notes: [{ id: crypto.randomUUID(), notedAt: new Date(), body: "Started by mistake" }],
  });
  await rawRows(
    api.db,
    sql`insert into observation_photo
          (district_id, observation_id, file_name, content_type, size_bytes, storage_key, uploaded_by)
        select district_id, id, 'board.jpg', 'image/jpeg', 10, 'test/board.jpg', observer_id
          from observation where id = ${observationId} returning id`,
  );
  return observationId;
}

async function rowsOf(observationId: string) {
  const [row] = await rawRows<{ o: number; n: number; r: number; p: number }>(
    api.db,
    sql`select
          (select count(*)::int from observation where id = ${observationId}) as o,
          (select count(*)::int from observation_note where observation_id = ${observationId}) as n,
          (select count(*)::int from observation_rating where observation_id = ${observationId}) as r,
          (select count(*)::int from observation_photo where observation_id = ${observationId}) as p`,
  );
  return row;
}

describe("discarding an observation draft", () => {
  it("is for its author only, and removes the draft with its notes, ratings and photos", async () => {
    const observationId = await recordedDraft();
    expect(await rowsOf(observationId)).toEqual({ o: 1, n: 1, r: 2, p: 1 });

    const teacher = await district.callerFor(people.teacher);
    const principal = await district.callerFor(people.principal);
    expect(await codeOf(teacher.observations.discard({ observationId }))).toBe("NOT_FOUND");
    expect(await codeOf(principal.observations.discard({ observationId }))).toBe("NOT_FOUND");
    expect(await rowsOf(observationId)).toEqual({ o: 1, n: 1, r: 2, p: 1 });

    const coach = await district.callerFor(people.coach);
    await coach.observations.discard({ observationId });
    expect(await rowsOf(observationId)).toEqual({ o: 0, n: 0, r: 0, p: 0 });
  });

  it("is refused once the observation is published", async () => {
    const observationId = await recordedDraft();
    await rawRows(
      api.db,
      sql`delete from observation_photo where observation_id = ${observationId} returning id`,
    );
    const coach = await district.callerFor(people.coach);
    await coach.observations.publish({ observationId });
    expect(await codeOf(coach.observations.discard({ observationId }))).toBe("CONFLICT");
    expect(await rowsOf(observationId)).toEqual({ o: 1, n: 1, r: 2, p: 0 });
  });

  it("answers 400 with the field for a bad id", async () => {
    const coach = await district.callerFor(people.coach);
    expect(await codeOf(coach.observations.discard({ observationId: "nope" }))).toBe("BAD_REQUEST");
  });
});
