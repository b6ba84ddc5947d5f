import { describe, expect, it } from "vitest";
import type { Role } from "../enums.ts";
import {
  type AccessTier,
  accessScopeOf,
  administersAnyOf,
  administersSchool,
  mayGrantRole,
  type SchoolReach,
} from "./access-scope.ts";

const ELEMENTARY = "00000000-0000-4000-8000-000000000001";
const MIDDLE = "00000000-0000-4000-8000-000000000002";
const TEAM = "00000000-0000-4000-8000-000000000003";

type Person = { roles: { role: Role; schoolId: string | null }[]; ledTeamIds: string[] };

const people: Record<string, Person> = {
  teacher: { roles: [{ role: "teacher", schoolId: ELEMENTARY }], ledTeamIds: [] },
  "teacher leader": {
    roles: [{ role: "teacher", schoolId: ELEMENTARY }],
    ledTeamIds: [TEAM],
  },
  coach: { roles: [{ role: "coach", schoolId: ELEMENTARY }], ledTeamIds: [] },
  principal: { roles: [{ role: "principal", schoolId: ELEMENTARY }], ledTeamIds: [] },
  "district admin": { roles: [{ role: "district_admin", schoolId: null }], ledTeamIds: [] },
  "no roles": { roles: [], ledTeamIds: [] },
};

/** Each person × the tiers they are in, the schools they administer, and the apps they open. */
const expected: [string, AccessTier[], SchoolReach, ("teacher" | "coach" | "admin")[]][] = [
  ["teacher", ["teacher"], [], ["teacher"]],
  ["teacher leader", ["teacher", "coach", "staff", "reviewer"], [], ["teacher", "coach"]],
  ["coach", ["coach", "staff", "reviewer"], [], ["coach"]],
  ["principal", ["admin", "staff", "reviewer"], [ELEMENTARY], ["admin"]],
  ["district admin", ["admin", "districtAdmin", "staff", "reviewer"], "all", ["admin"]],
  ["no roles", [], [], []],
];

describe("accessScopeOf", () => {
  it.each(expected)("%s: tiers %j, schools %j, apps %j", (who, tiers, schools, apps) => {
    const scope = accessScopeOf(people[who] ?? { roles: [], ledTeamIds: [] });
    const inTiers = Object.entries(scope.tiers).flatMap(([tier, yes]) => (yes ? [tier] : []));
    expect(inTiers.sort()).toEqual([...tiers].sort());
    expect(scope.schools).toEqual(schools);
    const opens = Object.entries(scope.apps).flatMap(([app, access]) =>
      access.allowed ? [app] : [],
    );
    expect(opens.sort()).toEqual([...apps].sort());
    expect(scope.reviewer).toBe(tiers.includes("staff"));
  });

  it("a principal of two schools administers both, once each", () => {
    const scope = accessScopeOf({
      roles: [
        { role: "principal", schoolId: ELEMENTARY },
        { role: "principal", schoolId: MIDDLE },
        { role: "principal", schoolId: MIDDLE },
        { role: "teacher", schoolId: MIDDLE },
      ],
      ledTeamIds: [],
    });
    expect(scope.schools).toEqual([ELEMENTARY, MIDDLE]);
    expect(scope.roles).toEqual(["principal", "teacher"]);
  });

  it("a principal enrolled in a cohort is a learner: the teacher tier and app, and still the admin app", () => {
    const principal = { roles: [{ role: "principal" as const, schoolId: ELEMENTARY }] };
    const learning = accessScopeOf({ ...principal, ledTeamIds: [], learner: true });
    expect(learning.tiers.teacher).toBe(true);
    expect(learning.apps.teacher).toEqual({ allowed: true });
    expect(learning.apps.admin).toEqual({ allowed: true });
    expect(learning.schools).toEqual([ELEMENTARY]);
    const notLearning = accessScopeOf({ ...principal, ledTeamIds: [], learner: false });
    expect(notLearning.tiers.teacher).toBe(false);
    expect(notLearning.apps.teacher.allowed).toBe(false);
  });
});

describe("school reach", () => {
  it.each<[SchoolReach, string, boolean]>([
    ["all", MIDDLE, true],
    [[ELEMENTARY], ELEMENTARY, true],
    [[ELEMENTARY], MIDDLE, false],
    [[], ELEMENTARY, false],
  ])("%j administers %s: %s", (reach, school, yes) => {
    expect(administersSchool(reach, school)).toBe(yes);
    expect(administersAnyOf(reach, [school])).toBe(yes);
  });

  it("any of no schools is none", () => {
    expect(administersAnyOf("all", [])).toBe(false);
  });

  it.each<[SchoolReach, Role, string | null, boolean]>([
    ["all", "district_admin", null, true],
    [[ELEMENTARY], "district_admin", null, false],
    [[ELEMENTARY], "coach", null, false],
    [[ELEMENTARY], "teacher", ELEMENTARY, true],
    [[ELEMENTARY], "principal", MIDDLE, false],
  ])("%j may grant %s at %s: %s", (reach, role, schoolId, yes) => {
    expect(mayGrantRole(reach, { role, schoolId })).toBe(yes);
  });
});
