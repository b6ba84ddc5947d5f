import { describe, expect, it } from "vitest";
import {
  currentTeacher,
  manifest,
  NORTH,
  ORGS,
  role,
  rolesTable,
  table,
  user,
  usersTable,
} from "../testing/oneroster-tables.ts";
import type { CsvTable } from "./files.ts";
import type { CurrentRoster } from "./planner.ts";
import { reviewRoster } from "./review.ts";
import {
  type CurrentBellPeriod,
  type CurrentRosterSlot,
  type CurrentTimetables,
  periodKey,
} from "./timetable-plan.ts";

const SOUTH = { id: "school-south", sourcedId: "s2", name: "South School" };
const MODIFIED = "2026-11-01T00:00:00Z";

function bell(name: string, weekday: number, startMinute: number): CurrentBellPeriod {
  return { schoolId: NORTH.id, weekday, name, startMinute, endMinute: startMinute + 55 };
}

/** North School rings Period 1 on Monday and Tuesday, Period 2 and Lunch on Monday only. */
const NORTH_BELLS = [
  bell("Period 1", 1, 470),
  bell("Period 1", 2, 470),
  bell("Period 2", 1, 530),
  bell("Lunch", 1, 705),
];

/** A slot an earlier import made: by default u1's Math 7 in Period 1 on Monday. */
function slot(changes: Partial<CurrentRosterSlot> = {}): CurrentRosterSlot {
  return {
    id: `slot-${changes.personId ?? "person-u1"}-${changes.weekday ?? 1}-${changes.startMinute ?? 470}`,
    personId: "person-u1",
    schoolId: NORTH.id,
    weekday: 1,
    startMinute: 470,
    endMinute: 525,
    label: "Math 7",
    classSourcedId: "c1",
    ...changes,
  };
}
const MONDAY_AND_TUESDAY = [slot(), slot({ weekday: 2 })];

/** A class row's cells; periods may hold commas, so cells are built here rather than split. */
function section(
  id: string,
  options: { periods?: string; school?: string; status?: string; title?: string } = {},
): string[] {
  const status = options.status ?? "";
  return [
    id,
    status,
    status ? MODIFIED : "",
    options.title ?? "Math 7",
    "course-1",
    "scheduled",
    options.school ?? "s1",
    "term-1",
    options.periods ?? "1",
  ];
}

function enrollment(id: string, userId: string, classId: string, changes: string[] = []): string {
  const [status = "", enrollmentRole = "teacher"] = changes;
  return `${id},${status},${status ? MODIFIED : ""},${classId},s1,${userId},${enrollmentRole},true`;
}

function rosterSet(options: {
  classes?: string[][];
  enrollments?: string[];
  users?: string[];
  courses?: string[];
  modes?: Record<string, string>;
}): CsvTable[] {
  const classes: CsvTable = {
    file: "classes.csv",
    header:
      "sourcedId,status,dateLastModified,title,courseSourcedId,classType,schoolSourcedId,termSourcedIds,periods".split(
        ",",
      ),
    rows: (options.classes ?? [section("c1")]).map((cells, index) => ({ line: index + 2, cells })),
  };
  return [
    manifest({ classes: "bulk", enrollments: "bulk", courses: "bulk", ...options.modes }),
    ORGS,
    usersTable([...(options.users ?? [user("u1"), user("u2")])]),
    rolesTable([role("r1", "u1", "teacher", "s1"), role("r2", "u2", "teacher", "s1")]),
    table("courses.csv", [
      "sourcedId,status,dateLastModified,title,orgSourcedId",
      ...(options.courses ?? ["course-1,,,Math 7,s1"]),
    ]),
    classes,
    table("enrollments.csv", [
      "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary",
      ...(options.enrollments ?? [enrollment("e1", "u1", "c1")]),
    ]),
  ];
}

const DELTA = { classes: "delta", enrollments: "delta", users: "delta", roles: "delta" };
const CURRENT: CurrentRoster = {
  schools: [NORTH, SOUTH],
  people: [currentTeacher("u1"), currentTeacher("u2")],
};

describe("periodKey", () => {
  it.each([
    ["1", "1"],
    ["01", "1"],
    ["P1", "1"],
    ["p 1", "1"],
    ["Period 1", "1"],
    ["  PERIOD   1 ", "1"],
    ["Per. 3", "3"],
    ["Literacy block", "literacy block"],
    ["Planning", "planning"],
    ["Block 4", "block 4"],
  ])("%s reads as %s", (name, key) => {
    expect(periodKey(name)).toBe(key);
  });
});

describe("planTimetables", () => {
  it.each<{
    name: string;
    files: CsvTable[];
    current?: CurrentRoster;
    slots?: CurrentRosterSlot[];
    expected: { add: number; remove: number };
    note?: string;
  }>([
    {
      name: "a teacher of a class in Period 1 gets a slot on each day Period 1 rings",
      files: rosterSet({}),
      current: { schools: [NORTH, SOUTH], people: [] },
      expected: { add: 2, remove: 0 },
    },
    {
      name: "P1 and Period 1 match too, and a period named twice counts once",
      files: rosterSet({ classes: [section("c1", { periods: "P1,Period 1,2" })] }),
      expected: { add: 3, remove: 0 },
    },
    {
      name: "every teacher of the class gets the slots, primary or not; students none",
      files: rosterSet({
        enrollments: [
          enrollment("e1", "u1", "c1"),
          "e2,,,c1,s1,u2,teacher,false",
          enrollment("e3", "u1", "c1", ["", "student"]),
        ],
      }),
      expected: { add: 4, remove: 0 },
    },
    {
      name: "a period not in the bell schedule is a note, not a bad row",
      files: rosterSet({ classes: [section("c1", { periods: "9" })] }),
      expected: { add: 0, remove: 0 },
      note: "classes.csv line 2: period 9 is not in North School's bell schedule.",
    },
    {
      name: "a school without a bell schedule is one note, however many classes",
      files: rosterSet({
        classes: [section("c1", { school: "s2" }), section("c2", { school: "s2" })],
        enrollments: [enrollment("e1", "u1", "c1"), enrollment("e2", "u2", "c2")],
      }),
      expected: { add: 0, remove: 0 },
      note: "South School has no bell schedule yet, so its classes' periods make no teaching slots: enter its bell schedule and import again.",
    },
    {
      name: "a class without periods makes no slots",
      files: rosterSet({ classes: [section("c1", { periods: "" })] }),
      expected: { add: 0, remove: 0 },
    },
    {
      name: "a bulk enrollment marked tobedeleted makes no slots",
      files: rosterSet({ enrollments: [enrollment("e1", "u1", "c1", ["tobedeleted"])] }),
      expected: { add: 0, remove: 0 },
    },
    {
      name: "the same files again change nothing",
      files: rosterSet({}),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 0, remove: 0 },
    },
    {
      name: "a bell that moved moves the slot",
      files: rosterSet({}),
      slots: [slot({ startMinute: 480, endMinute: 535 }), slot({ weekday: 2 })],
      expected: { add: 1, remove: 1 },
    },
    {
      name: "a duplicate roster slot goes",
      files: rosterSet({}),
      slots: [...MONDAY_AND_TUESDAY, slot({ id: "slot-again" })],
      expected: { add: 0, remove: 1 },
    },
    {
      name: "bulk: a class no longer in the file takes its slots with it",
      files: rosterSet({ classes: [section("c2")], enrollments: [enrollment("e2", "u1", "c2")] }),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 2, remove: 2 },
    },
    {
      name: "bulk: a teacher no longer enrolled loses the class's slots",
      files: rosterSet({ enrollments: [] }),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 0, remove: 2 },
    },
    {
      name: "a person whose user row is bad keeps their slots",
      files: rosterSet({ users: [user("u1", { email: "" }), user("u2")], enrollments: [] }),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 0, remove: 0 },
    },
    {
      name: "a class whose row is bad keeps its slots",
      files: rosterSet({ classes: [section("c1", { title: "" })] }),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 0, remove: 0 },
    },
    {
      name: "without classes and enrollments the timetables stay as they are",
      files: rosterSet({ modes: { classes: "absent", enrollments: "absent", courses: "absent" } }),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 0, remove: 0 },
    },
    {
      name: "delta: a class marked tobedeleted removes its slots",
      files: rosterSet({
        modes: DELTA,
        users: [],
        classes: [section("c1", { status: "tobedeleted" })],
        enrollments: [],
      }),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 0, remove: 2 },
    },
    {
      name: "delta: an enrollment marked tobedeleted removes its teacher's slots only",
      files: rosterSet({
        modes: { ...DELTA, classes: "absent" },
        users: [],
        enrollments: [enrollment("e1", "u1", "c1", ["tobedeleted"])],
      }),
      slots: [...MONDAY_AND_TUESDAY, slot({ personId: "person-u2" })],
      expected: { add: 0, remove: 2 },
    },
    {
      name: "delta: a new teacher of an unchanged class gets the class's slots",
      files: rosterSet({
        modes: { ...DELTA, classes: "absent" },
        users: [],
        enrollments: [enrollment("e2", "u2", "c1", ["active"])],
      }),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 2, remove: 0 },
    },
    {
      name: "delta: rows not in the files leave everyone's slots alone",
      files: rosterSet({ modes: DELTA, users: [], classes: [], enrollments: [] }),
      slots: MONDAY_AND_TUESDAY,
      expected: { add: 0, remove: 0 },
    },
  ])("$name", ({ files, current = CURRENT, slots = [], expected, note }) => {
    const timetables: CurrentTimetables = { bellPeriods: NORTH_BELLS, rosterSlots: slots };
    const { review } = reviewRoster(files, current, timetables);
    expect(review.problems).toEqual([]);
    expect(review.counts.timetableSlots).toEqual(expected);
    if (note) expect(review.notes).toContain(note);
  });

  it("labels a slot with its class and course, on the school's bell times", () => {
    const { plan } = reviewRoster(
      rosterSet({
        classes: [section("c1", { title: "Section A", periods: "2" })],
        courses: ["course-1,,,Math 7,s1"],
      }),
      { schools: [NORTH, SOUTH], people: [] },
      { bellPeriods: NORTH_BELLS, rosterSlots: [] },
    );
    expect(plan.timetable.createSlots).toEqual([
      {
        personSourcedId: "u1",
        schoolId: NORTH.id,
        classSourcedId: "c1",
        weekday: 1,
        startMinute: 530,
        endMinute: 585,
        label: "Section A (Math 7)",
      },
    ]);
  });

  it("names the slots it removes, and only roster slots reach it", () => {
    const { plan } = reviewRoster(rosterSet({ enrollments: [] }), CURRENT, {
      bellPeriods: NORTH_BELLS,
      rosterSlots: MONDAY_AND_TUESDAY,
    });
    expect(plan.timetable.removeSlotIds.sort()).toEqual(
      MONDAY_AND_TUESDAY.map((current) => current.id).sort(),
    );
  });
});
