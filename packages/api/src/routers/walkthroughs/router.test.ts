import { beforeAll, describe, expect, it } from "vitest";
import { codeOf } from "../../testing/error-code.ts";
import { insertObservation } from "../../testing/insert-observation.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";
import { type TestDistrict, type TestPerson, testDistrict } from "../../testing/test-district.ts";

/*
 * The walkthrough data lives in a month of its own, so nothing else in the database changes
 * what these tests count.
 */
const period = { from: "2031-03-01", to: "2031-03-31" };
const COACHING_LOOK_FORS = "coaching-look-fors-never-for-principals";
const COACHING_NOTE = "coaching-note-never-for-principals";

const api = testApiPerFile();
let district: TestDistrict;
let people: Record<"principal" | "otherPrincipal" | "teacher" | "coach", TestPerson>;
let elementaryId: string;
let middleId: string;
let k2TeamId: string;
let gradesTeamId: string;
let eqIndicatorId: string;

// An elementary school with its principal, a K–2 team of four teachers and a Grades 3–5 team of
// three, each teacher on one team; a middle school with its principal; a coach.
beforeAll(async () => {
  district = await testDistrict(api);
  const elementary = await district.school("Maple Valley Elementary");
  const middle = await district.school("Riverside Middle School");
  elementaryId = elementary.id;
  middleId = middle.id;
  const teachers = async (count: number) => {
    const made: TestPerson[] = [];
    for (let index = 0; index < count; index += 1) {
      made.push(await district.person({ role: "teacher", school: elementary }));
    }
    return made;
  };
  const k2 = await teachers(4);
  const grades = await teachers(3);
  const [firstK2] = k2;
  if (!firstK2) throw new Error("The K–2 team has no teacher.");
  people = {
    principal: await district.person({ role: "principal", school: elementary }),
    otherPrincipal: await district.person({ role: "principal", school: middle }),
    teacher: firstK2,
    coach: await district.person({ role: "coach" }),
  };
  ({ id: k2TeamId } = await district.team({
    school: elementary,
    name: "K–2 Literacy PLC",
    members: k2,
  }));
  ({ id: gradesTeamId } = await district.team({
    school: elementary,
    name: "Grades 3–5 Team",
    members: grades,
  }));
  const indicators = await (await district.callerFor(district.admin)).frameworkAdmin.indicators();
  eqIndicatorId = indicators.find((indicator) => indicator.code === "1.2")?.id ?? "";

  const walkthrough = { observerEmail: people.principal.email, kind: "walkthrough" as const };
  // K–2: three teachers rated on 1.2 (Developing, Developing, Proficient): shown.
  for (const [index, rank] of [2, 2, 3].entries()) {
    await insertObservation(api.db, {
      ...walkthrough,
      teacherEmail: k2[index]?.email ?? "",
      on: `2031-03-0${index + 2}`,
      ratings: [["1.2", rank]],
    });
  }
  // Grades 3–5: two teachers only: withheld.
  for (const index of [0, 1]) {
    await insertObservation(api.db, {
      ...walkthrough,
      teacherEmail: grades[index]?.email ?? "",
      on: "2031-03-10",
      ratings: [["1.2", 1]],
    });
  }
  // A draft walkthrough of a third Grades 3–5 teacher: not yet evaluation data.
  await insertObservation(api.db, {
    ...walkthrough,
    teacherEmail: grades[2]?.email ?? "",
    on: "2031-03-11",
    status: "draft",
    ratings: [["1.2", 0]],
  });
  // A coaching observation of a fourth K–2 teacher: its content must reach no principal.
  await insertObservation(api.db, {
    teacherEmail: k2[3]?.email ?? "",
    observerEmail: people.coach.email,
    kind: "coaching",
    on: "2031-03-12",
    ratings: [["1.2", 0, COACHING_LOOK_FORS]],
    note: COACHING_NOTE,
  });
});

function cellOf(
  heatmap: { rows: { indicatorId: string; cells: { teamId: string }[] }[] },
  teamId: string,
) {
  return heatmap.rows
    .find((row) => row.indicatorId === eqIndicatorId)
    ?.cells.find((cell) => cell.teamId === teamId);
}

describe("walkthroughs.heatmap", () => {
  it("shows a cell of 3 teachers with its median level and withholds one of 2", async () => {
    const principal = await district.callerFor(people.principal);
    const heatmap = await principal.walkthroughs.heatmap({ schoolId: elementaryId, ...period });
    expect(heatmap.school.name).toBe("Maple Valley Elementary");
    expect(cellOf(heatmap, k2TeamId)).toEqual({
      teamId: k2TeamId,
      state: "shown",
      level: { rank: 2, label: "Developing", isTarget: false },
      teacherCount: 3,
    });
    expect(cellOf(heatmap, gradesTeamId)).toEqual({ teamId: gradesTeamId, state: "withheld" });
    expect(cellOf(heatmap, "whole-school")).toMatchObject({ state: "shown", teacherCount: 5 });
    expect(heatmap.walkthroughCount).toBe(5);
  });

  it("is empty for a period without walkthroughs", async () => {
    const admin = await district.callerFor(district.admin);
    const heatmap = await admin.walkthroughs.heatmap({
      schoolId: elementaryId,
      from: "2031-05-01",
      to: "2031-05-31",
    });
    const states = new Set(heatmap.rows.flatMap((row) => row.cells.map((cell) => cell.state)));
    expect(states).toEqual(new Set(["empty"]));
  });

  it("refuses a period that ends before it starts, naming the field", async () => {
    const principal = await district.callerFor(people.principal);
    const call = principal.walkthroughs.heatmap({
      schoolId: elementaryId,
      from: "2031-03-31",
      to: "2031-03-01",
    });
    await expect(call).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("walkthroughs.visits", () => {
  it("lists every teacher of the school, fewest visits first", async () => {
    const principal = await district.callerFor(people.principal);
    const { teachers } = await principal.walkthroughs.visits({ schoolId: elementaryId, ...period });
    expect(teachers).toHaveLength(7);
    expect(teachers[0]?.visits).toBe(0);
    expect(teachers.filter((teacher) => teacher.visits > 0)).toHaveLength(5);
    const counts = teachers.map((teacher) => teacher.visits);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});

describe("walkthroughs.list", () => {
  it("lists the walkthroughs behind a shown cell with teacher, observer and levels", async () => {
    const principal = await district.callerFor(people.principal);
    const list = await principal.walkthroughs.list({
      schoolId: elementaryId,
      teamId: k2TeamId,
      indicatorId: eqIndicatorId,
      ...period,
    });
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({
      observedOn: "2031-03-04",
      observer: { name: expect.any(String) },
      levels: [{ code: "1.2", label: "Proficient" }],
    });
  });

  it("refuses the walkthroughs behind a withheld cell", async () => {
    const principal = await district.callerFor(people.principal);
    const call = principal.walkthroughs.list({
      schoolId: elementaryId,
      teamId: gradesTeamId,
      indicatorId: eqIndicatorId,
      ...period,
    });
    expect(await codeOf(call)).toBe("FORBIDDEN");
  });
});

describe("coaching observations stay apart from the school view", () => {
  it("never appear in the heatmap, the visits or the walkthrough list", async () => {
    for (const person of [people.principal, district.admin]) {
      const caller = await district.callerFor(person);
      const input = { schoolId: elementaryId, ...period };
      const answers = await Promise.all([
        caller.walkthroughs.heatmap(input),
        caller.walkthroughs.visits(input),
        caller.walkthroughs.list(input),
        caller.walkthroughs.list({ ...input, teamId: k2TeamId }),
      ]);
      const text = JSON.stringify(answers);
      expect(text).not.toContain(COACHING_LOOK_FORS);
      expect(text).not.toContain(COACHING_NOTE);
      // The school-wide list holds the 5 published walkthroughs, not the coaching visit.
      expect(answers[2]).toHaveLength(5);
    }
  });
});

describe("who may see a school's walkthroughs", () => {
  it("refuses a principal another school and lets a district admin see any", async () => {
    const otherPrincipal = await district.callerFor(people.otherPrincipal);
    const input = { schoolId: elementaryId, ...period };
    expect(await codeOf(otherPrincipal.walkthroughs.heatmap(input))).toBe("FORBIDDEN");
    expect(await codeOf(otherPrincipal.walkthroughs.visits(input))).toBe("FORBIDDEN");
    expect(await codeOf(otherPrincipal.walkthroughs.list(input))).toBe("FORBIDDEN");
    const admin = await district.callerFor(district.admin);
    expect(await codeOf(admin.walkthroughs.heatmap({ ...input, schoolId: middleId }))).toBe("OK");
  });

  it("is not for teachers or coaches", async () => {
    const input = { schoolId: elementaryId, ...period };
    for (const person of [people.teacher, people.coach]) {
      const caller = await district.callerFor(person);
      expect(await codeOf(caller.walkthroughs.heatmap(input))).toBe("FORBIDDEN");
    }
  });
});
