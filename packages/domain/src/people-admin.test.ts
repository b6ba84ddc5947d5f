import { describe, expect, it } from "vitest";
import {
  acceptInviteInputSchema,
  createPersonAdminInputSchema,
  formatInviteToken,
  parseInviteToken,
  peopleSearchInputSchema,
  updateTeamAdminInputSchema,
} from "./people-admin.ts";

const schoolId = "7d3f1c2a-8b4e-4f6a-9c1d-2e3f4a5b6c7d";
const districtId = "0b6f9d2e-1c3a-4d5e-8f7a-9b0c1d2e3f4a";

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join(".")) ?? [];
}

describe("createPersonAdminInputSchema", () => {
  const valid = {
    displayName: "  Ana Ruiz ",
    email: " Ana.Ruiz@MapleValley.TEST ",
    roles: [{ role: "teacher", schoolId }],
  };

  it("trims the name and lower-cases the email", () => {
    const parsed = createPersonAdminInputSchema.parse(valid);
    expect(parsed.displayName).toBe("Ana Ruiz");
    expect(parsed.email).toBe("ana.ruiz@maplevalley.test");
  });

  it.each([
    ["teacher", null, ["roles.0.schoolId"]],
    ["principal", "", ["roles.0.schoolId"]],
    ["district_admin", schoolId, ["roles.0.schoolId"]],
    ["district_admin", null, []],
    ["coach", null, []],
    ["coach", schoolId, []],
  ])("a %s with school %s has problems at %j", (role, school, paths) => {
    const result = createPersonAdminInputSchema.safeParse({
      ...valid,
      roles: [{ role, schoolId: school }],
    });
    expect(issuesOf(result)).toEqual(paths);
  });

  it("needs a role, a valid email and no role twice", () => {
    expect(issuesOf(createPersonAdminInputSchema.safeParse({ ...valid, roles: [] }))).toEqual([
      "roles",
    ]);
    expect(
      issuesOf(createPersonAdminInputSchema.safeParse({ ...valid, email: "not-an-email" })),
    ).toEqual(["email"]);
    const twice = { ...valid, roles: [valid.roles[0], valid.roles[0]] };
    expect(issuesOf(createPersonAdminInputSchema.safeParse(twice))).toEqual(["roles"]);
  });
});

describe("peopleSearchInputSchema", () => {
  it("fills in the defaults", () => {
    expect(peopleSearchInputSchema.parse({})).toEqual({
      query: "",
      schoolId: null,
      role: null,
      includeInactive: false,
      page: 1,
    });
  });

  it("refuses a page below 1", () => {
    expect(issuesOf(peopleSearchInputSchema.safeParse({ page: 0 }))).toEqual(["page"]);
  });
});

describe("updateTeamAdminInputSchema", () => {
  it("refuses a member listed twice and reads an empty facilitator as none", () => {
    const base = {
      teamId: schoolId,
      schoolId,
      name: "Grade 2",
      kind: "grade_level",
      facilitatorId: "",
      memberIds: [],
    };
    expect(updateTeamAdminInputSchema.parse(base).facilitatorId).toBeNull();
    expect(
      issuesOf(updateTeamAdminInputSchema.safeParse({ ...base, memberIds: [schoolId, schoolId] })),
    ).toEqual(["memberIds"]);
  });
});

describe("acceptInviteInputSchema", () => {
  it("needs 10 characters and a matching confirmation", () => {
    expect(
      issuesOf(
        acceptInviteInputSchema.safeParse({
          token: "t",
          password: "short",
          confirmPassword: "short",
        }),
      ),
    ).toEqual(["password"]);
    expect(
      issuesOf(
        acceptInviteInputSchema.safeParse({
          token: "t",
          password: "long enough pass",
          confirmPassword: "long enough pas",
        }),
      ),
    ).toEqual(["confirmPassword"]);
  });
});

describe("invite tokens", () => {
  const secret = "A".repeat(43);

  it("round-trips the district and secret", () => {
    expect(parseInviteToken(formatInviteToken(districtId, secret))).toEqual({ districtId, secret });
  });

  it.each([
    "",
    "nonsense",
    `${districtId}.short`,
    `not-a-uuid.${secret}`,
    `${districtId}.${secret}.x`,
  ])("refuses %j", (token) => {
    expect(parseInviteToken(token)).toBeNull();
  });
});
