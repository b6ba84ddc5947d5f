import { describe, expect, it } from "vitest";
import { currentTeacher, NORTH, role, rosterFiles, user } from "../testing/oneroster-tables.ts";
import type { CsvTable } from "./files.ts";
import type { CurrentRoster, RosterCounts } from "./planner.ts";
import { reviewRoster } from "./review.ts";

const SOUTH = { id: "school-south", sourcedId: "s2", name: "South School" };

function counts(
  schools: Partial<RosterCounts["schools"]>,
  people: Partial<RosterCounts["people"]>,
): RosterCounts {
  return {
    schools: { create: 0, update: 0, unchanged: 0, ...schools },
    people: { create: 0, update: 0, deactivate: 0, unchanged: 0, skipped: 0, ...people },
    timetableSlots: { add: 0, remove: 0 },
  };
}

const BOTH_SCHOOLS = [NORTH, SOUTH];

describe("planRoster", () => {
  it.each<{ name: string; files: CsvTable[]; current: CurrentRoster; expected: RosterCounts }>([
    {
      name: "a first import creates schools and staff, and skips students",
      files: rosterFiles(
        [user("u1"), user("u2"), user("st1")],
        [
          role("r1", "u1", "teacher", "s1"),
          role("r2", "u2", "districtAdministrator", "d1"),
          role("r3", "st1", "student", "s1"),
        ],
      ),
      current: { schools: [], people: [] },
      expected: counts({ create: 2 }, { create: 2, skipped: 1 }),
    },
    {
      name: "an existing school without a sourcedId is linked by its name",
      files: rosterFiles([user("u1")], [role("r1", "u1", "teacher", "s1")]),
      current: { schools: [{ id: "old", sourcedId: null, name: "North School" }], people: [] },
      expected: counts({ create: 1, update: 1 }, { create: 1 }),
    },
    {
      name: "the same roster again changes nothing",
      files: rosterFiles([user("u1")], [role("r1", "u1", "teacher", "s1")]),
      current: { schools: BOTH_SCHOOLS, people: [currentTeacher("u1")] },
      expected: counts({ unchanged: 2 }, { unchanged: 1 }),
    },
    {
      name: "a new email is an update",
      files: rosterFiles(
        [user("u1", { email: "new@example.test" })],
        [role("r1", "u1", "teacher", "s1")],
      ),
      current: { schools: BOTH_SCHOOLS, people: [currentTeacher("u1")] },
      expected: counts({ unchanged: 2 }, { update: 1 }),
    },
    {
      name: "bulk mode deactivates people no longer in the roster, once",
      files: rosterFiles([user("u1")], [role("r1", "u1", "teacher", "s1")]),
      current: {
        schools: BOTH_SCHOOLS,
        people: [
          currentTeacher("u1"),
          currentTeacher("gone"),
          currentTeacher("gone-before", { active: false }),
        ],
      },
      expected: counts({ unchanged: 2 }, { unchanged: 2, deactivate: 1 }),
    },
    {
      name: "a disabled user is deactivated",
      files: rosterFiles([user("u1", { enabled: "false" })], [role("r1", "u1", "teacher", "s1")]),
      current: { schools: BOTH_SCHOOLS, people: [currentTeacher("u1")] },
      expected: counts({ unchanged: 2 }, { deactivate: 1 }),
    },
    {
      name: "delta mode deactivates a tobedeleted user and leaves the unlisted alone",
      files: rosterFiles([user("u1", { status: "tobedeleted" })], [], {
        users: "delta",
        roles: "delta",
      }),
      current: { schools: BOTH_SCHOOLS, people: [currentTeacher("u1"), currentTeacher("u2")] },
      expected: counts({ unchanged: 2 }, { deactivate: 1 }),
    },
    {
      name: "delta mode moves a teacher to another school",
      files: rosterFiles(
        [],
        [
          role("r1", "u1", "teacher", "s1", "tobedeleted"),
          role("r2", "u1", "teacher", "s2", "active"),
        ],
        { users: "delta", roles: "delta" },
      ),
      current: { schools: BOTH_SCHOOLS, people: [currentTeacher("u1")] },
      expected: counts({ unchanged: 2 }, { update: 1 }),
    },
  ])("$name", ({ files: tables, current, expected }) => {
    const { review, plan } = reviewRoster(tables, current);
    expect(review.problems).toEqual([]);
    expect(review.badRows).toEqual([]);
    expect(plan.counts).toEqual(expected);
  });

  it("keeps roles it does not manage, such as coach", () => {
    const coach = currentTeacher("u1", {
      roles: [
        { id: "role-teacher", role: "teacher", schoolId: NORTH.id },
        { id: "role-coach", role: "coach", schoolId: NORTH.id },
      ],
    });
    const { plan } = reviewRoster(
      rosterFiles([user("u1")], [role("r1", "u1", "principal", "s1")]),
      {
        schools: BOTH_SCHOOLS,
        people: [coach],
      },
    );
    expect(plan.changePeople).toEqual([
      expect.objectContaining({
        addRoles: [{ role: "principal", schoolSourcedId: "s1" }],
        removeRoleIds: ["role-teacher"],
      }),
    ]);
  });

  it("never takes a role away from someone whose role row is bad", () => {
    const { review, plan } = reviewRoster(
      rosterFiles(
        [user("u1")],
        [role("r1", "u1", "teacher", "s2"), role("r2", "u1", "coach", "s1")],
      ),
      { schools: BOTH_SCHOOLS, people: [currentTeacher("u1")] },
    );
    expect(review.badRows).toHaveLength(1);
    expect(plan.changePeople).toEqual([
      expect.objectContaining({
        addRoles: [{ role: "teacher", schoolSourcedId: "s2" }],
        removeRoleIds: [],
      }),
    ]);
  });
});
