import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { refusalOf } from "../../testing/field-errors.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The coaching log through the real router: a coach logs co-teaching with a teacher they coach;
 * the teacher and the coach read the note; the teacher's principal and the district learn only
 * that it happened (and the district only counts); PD time follows the district's setting.
 */

const NOTE = "Private: Maria wants to try exit tickets in period 3";

const api = testApiPerFile({ seed: false });
let district: TestDistrict;
let people: Record<"teacher" | "coach" | "principal" | "middleCoach", TestPerson>;
let maria: string;
let indicators: string[];

// Maria, the coach of her cohort and her principal; a coach of another school.
beforeAll(async () => {
  district = await testDistrict(api);
  const world = await district.coachedTeacher({ teacher: "Maria Delgado" });
  const middle = await district.school();
  people = { ...world, middleCoach: await district.person({ role: "coach", school: middle }) };
  maria = people.teacher.id;
  indicators = await district.indicatorIds(2);
});

async function logCoTeaching(minutes: number) {
  const coach = await district.callerFor(people.coach);
  const { today } = await coach.coachingLog.options();
  return coach.coachingLog.log({
    kind: "co_teaching",
    occurredOn: today,
    minutes,
    teacherIds: [maria],
    indicatorIds: indicators,
    note: NOTE,
  });
}

describe("the coaching log", () => {
  it("offers the coach the teachers they support, and logs an interaction into this week", async () => {
    const coach = await district.callerFor(people.coach);
    const options = await coach.coachingLog.options();
    expect(options.teachers.map((teacher) => teacher.id)).toContain(maria);

    const before = await coach.coachingLog.mine();
    const { interactionId } = await logCoTeaching(45);
    const after = await coach.coachingLog.mine();
    expect(after.weeks).toHaveLength(9);
    const [thisWeek] = after.weeks;
    const [weekBefore] = before.weeks;
    expect(thisWeek?.interactions).toBe((weekBefore?.interactions ?? 0) + 1);
    expect(thisWeek?.minutes).toBe((weekBefore?.minutes ?? 0) + 45);
    expect(thisWeek?.teachersReached).toBeGreaterThanOrEqual(1);
    const entry = after.interactions.find((row) => row.id === interactionId);
    expect(entry).toMatchObject({ kind: "co_teaching", minutes: 45, note: NOTE });
    expect(entry?.indicators?.map((indicator) => indicator.id).sort()).toEqual(
      [...indicators].sort(),
    );
  });

  it("shows the teacher the entry on their record, note included", async () => {
    const teacher = await district.callerFor(people.teacher);
    const record = await teacher.coachingLog.onMyRecord();
    expect(record.countsAsPd).toBe(false);
    const entry = record.interactions.find((row) => row.note === NOTE);
    expect(entry).toMatchObject({ kind: "co_teaching", minutes: 45 });
    expect(entry?.coach.displayName).toBeTruthy();
  });

  it("never gives the principal or the district the note, only that it happened", async () => {
    const principal = await district.callerFor(people.principal);
    const seen = await principal.coachingLog.forTeacher({ teacherId: maria });
    expect(seen.length).toBeGreaterThan(0);
    for (const entry of seen) {
      expect(entry.note).toBeNull();
      expect(entry.indicators).toBeNull();
    }
    expect(JSON.stringify(seen)).not.toContain("exit tickets");

    const admin = await district.callerFor(district.admin);
    const workload = await admin.coachingLog.districtWorkload();
    const text = JSON.stringify(workload);
    expect(text).not.toContain("exit tickets");
    expect(text).not.toContain(maria);
    const coachRow = workload.coaches.find((row) => row.weeks[0]?.interactions);
    expect(coachRow?.weeks[0]?.minutes).toBeGreaterThanOrEqual(45);
  });

  it("shows nothing to a coach who does not support the teacher", async () => {
    const other = await district.callerFor(people.middleCoach);
    expect(await other.coachingLog.forTeacher({ teacherId: maria })).toEqual([]);
  });

  it("refuses a teacher the coach does not support", async () => {
    const other = await district.callerFor(people.middleCoach);
    const { today } = await other.coachingLog.options();
    const call = other.coachingLog.log({
      kind: "debrief",
      occurredOn: today,
      minutes: 20,
      teacherIds: [maria],
      indicatorIds: [],
      note: null,
    });
    expect(await codeOf(call)).toBe("FORBIDDEN");
  });

  it("names the field when an indicator is not the district's", async () => {
    const coach = await district.callerFor(people.coach);
    const { today } = await coach.coachingLog.options();
    const refusal = await refusalOf(
      coach.coachingLog.log({
        kind: "debrief",
        occurredOn: today,
        minutes: 20,
        teacherIds: [maria],
        indicatorIds: [maria],
        note: null,
      }),
    );
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(refusal.fieldErrors?.[0]?.path).toBe("indicatorIds");
  });

  it("is for coaches: a principal cannot log", async () => {
    const principal = await district.callerFor(people.principal);
    expect(
      await codeOf(
        principal.coachingLog.log({
          kind: "check_in",
          occurredOn: "2026-12-01",
          minutes: 10,
          teacherIds: [maria],
          indicatorIds: [],
          note: null,
        }),
      ),
    ).toBe("FORBIDDEN");
  });

  it("counts as PD time on the transcript only once the district says so", async () => {
    const teacher = await district.callerFor(people.teacher);
    const admin = await district.callerFor(district.admin);
    expect((await teacher.transcript.mine()).totals.byKind.coaching.minutes).toBe(0);
    expect(await admin.coachingLog.savePdSetting({ coachingCountsAsPd: true })).toEqual({
      coachingCountsAsPd: true,
    });
    // Every entry on her record counts: the 45 minutes above.
    const { interactions } = await teacher.coachingLog.onMyRecord();
    const logged = interactions.reduce((sum, entry) => sum + entry.minutes, 0);
    expect(logged).toBeGreaterThanOrEqual(45);
    const transcript = await teacher.transcript.mine();
    expect(transcript.totals.byKind.coaching.minutes).toBe(logged);
    const lines = transcript.activities.filter((activity) => activity.kind === "coaching");
    expect(lines).toHaveLength(interactions.length);
    expect(lines.map((line) => line.title)).toContainEqual(
      expect.stringMatching(/^Co-teaching with /),
    );
    expect(JSON.stringify(transcript)).not.toContain("exit tickets");
    expect((await teacher.coachingLog.onMyRecord()).countsAsPd).toBe(true);
    await admin.coachingLog.savePdSetting({ coachingCountsAsPd: false });
  });
});
