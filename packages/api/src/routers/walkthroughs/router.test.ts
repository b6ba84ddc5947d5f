import { rawRows } from "@throughline/db/testing";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { demoEmail } from "../../testing/demo-emails.ts";
import { codeOf } from "../../testing/error-code.ts";
import { insertObservation } from "../../testing/insert-observation.ts";
import { mapleValleySchoolIds } from "../../testing/maple-valley-ids.ts";
import { testApiPerFile } from "../../testing/test-api-per-file.ts";

/*
 * The walkthrough data lives in a month no seed uses, so the demo data (which may hold
 * walkthroughs of its own) does not change what these tests count.
 */
const period = { from: "2031-03-01", to: "2031-03-31" };
const COACHING_LOOK_FORS = "coaching-look-fors-never-for-principals";
const COACHING_NOTE = "coaching-note-never-for-principals";

const api = testApiPerFile();
let elementaryId: string;
let middleId: string;
let k2TeamId: string;
let gradesTeamId: string;
let eqIndicatorId: string;

async function teamMembers(teamName: string): Promise<{ email: string; teamId: string }[]> {
  return rawRows(
    api.db,
    sql`select p.email, t.id::text as "teamId" from team t
        join team_member m on m.team_id = t.id join person p on p.id = m.person_id
        where t.name = ${teamName} order by p.email`,
  );
}

/** Members of `teamName` who are on no other team, so each lands in one column only. */
async function onlyOn(teamName: string) {
  const members = await teamMembers(teamName);
  const [counts] = await rawRows<{ emails: string[] }>(
    api.db,
    sql`select coalesce(array_agg(p.email), '{}') as emails from person p
        where (select count(*) from team_member m where m.person_id = p.id) > 1`,
  );
  const onSeveral = new Set(counts?.emails ?? []);
  return members.filter((member) => !onSeveral.has(member.email));
}

beforeAll(async () => {
  ({ elementaryId, middleId } = await mapleValleySchoolIds(api.db));
  const [indicator] = await rawRows<{ id: string }>(
    api.db,
    sql`select i.id::text as id from indicator i join district d on d.id = i.district_id
        where d.slug = 'maple-valley' and i.code = '1.2'`,
  );
  eqIndicatorId = indicator?.id ?? "";

  const k2 = await onlyOn("K–2 Literacy PLC");
  const grades = await onlyOn("Grades 3–5 Team");
  k2TeamId = k2[0]?.teamId ?? "";
  gradesTeamId = grades[0]?.teamId ?? "";
  const walkthrough = { observerEmail: demoEmail.principal, kind: "walkthrough" as const };
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
    observerEmail: "coach@maplevalley.test",
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
    const principal = await api.callerFor(demoEmail.principal);
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
    const admin = await api.callerFor("admin@maplevalley.test");
    const heatmap = await admin.walkthroughs.heatmap({
      schoolId: elementaryId,
      from: "2031-05-01",
      to: "2031-05-31",
    });
    const states = new Set(heatmap.rows.flatMap((row) => row.cells.map((cell) => cell.state)));
    expect(states).toEqual(new Set(["empty"]));
  });

  it("refuses a period that ends before it starts, naming the field", async () => {
    const principal = await api.callerFor(demoEmail.principal);
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
    const principal = await api.callerFor(demoEmail.principal);
    const { teachers } = await principal.walkthroughs.visits({ schoolId: elementaryId, ...period });
    expect(teachers.length).toBeGreaterThanOrEqual(20);
    expect(teachers[0]?.visits).toBe(0);
    expect(teachers.filter((teacher) => teacher.visits > 0)).toHaveLength(5);
    const counts = teachers.map((teacher) => teacher.visits);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
  });
});

describe("walkthroughs.list", () => {
  it("lists the walkthroughs behind a shown cell with teacher, observer and levels", async () => {
    const principal = await api.callerFor(demoEmail.principal);
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
    const principal = await api.callerFor(demoEmail.principal);
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
    for (const email of [demoEmail.principal, "admin@maplevalley.test"]) {
      const caller = await api.callerFor(email);
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
    const otherPrincipal = await api.callerFor("sandra.villanueva@maplevalley.test");
    const input = { schoolId: elementaryId, ...period };
    expect(await codeOf(otherPrincipal.walkthroughs.heatmap(input))).toBe("FORBIDDEN");
    expect(await codeOf(otherPrincipal.walkthroughs.visits(input))).toBe("FORBIDDEN");
    expect(await codeOf(otherPrincipal.walkthroughs.list(input))).toBe("FORBIDDEN");
    const admin = await api.callerFor("admin@maplevalley.test");
    expect(await codeOf(admin.walkthroughs.heatmap({ ...input, schoolId: middleId }))).toBe("OK");
  });

  it("is not for teachers or coaches", async () => {
    const input = { schoolId: elementaryId, ...period };
    for (const email of ["teacher@maplevalley.test", "coach@maplevalley.test"]) {
      const caller = await api.callerFor(email);
      expect(await codeOf(caller.walkthroughs.heatmap(input))).toBe("FORBIDDEN");
    }
  });
});
