import { describe, expect, it } from "vitest";
import { createPersonInputSchema, personSchema, roleMembershipSchema } from "./person.ts";

const school = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const otherSchool = "1b4e28ba-2fa1-41d2-883f-0016d3cca427";

const person = {
  id: "3f2504e0-4f89-41d3-9a0c-0305e82c3301",
  districtId: "6fa459ea-ee8a-4ca4-894e-db77e160355e",
  displayName: "Ada Byron",
  email: "ada@riverside.example.org",
  active: true,
};

describe("personSchema", () => {
  it("accepts a person and normalises the email", () => {
    expect(personSchema.parse({ ...person, email: " Ada@Riverside.Example.org " }).email).toBe(
      "ada@riverside.example.org",
    );
  });

  it("names the email field when the address is bad", () => {
    const result = personSchema.safeParse({ ...person, email: "ada-at-riverside" });
    expect(result.error?.issues).toMatchObject([
      { path: ["email"], message: "Enter an email address like name@school.org" },
    ]);
  });

  it("asks for a name", () => {
    const result = personSchema.safeParse({ ...person, displayName: " " });
    expect(result.error?.issues).toMatchObject([
      { path: ["displayName"], message: "Enter the person's name" },
    ]);
  });
});

describe("roleMembershipSchema", () => {
  it.each([
    ["teacher", school, true],
    ["coach", school, true],
    ["principal", school, true],
    ["district_admin", null, true],
    ["teacher", null, false],
    ["principal", null, false],
    ["district_admin", school, false],
  ] as const)("%s at school %s is valid: %s", (role, schoolId, valid) => {
    const result = roleMembershipSchema.safeParse({ role, schoolId });
    expect(result.success).toBe(valid);
    if (!valid) expect(result.error?.issues[0]?.path).toEqual(["schoolId"]);
  });
});

describe("createPersonInputSchema", () => {
  const input = { displayName: "Ada Byron", email: "ada@riverside.example.org" };

  it("lets a person hold several roles", () => {
    const roles = [
      { role: "teacher", schoolId: school },
      { role: "coach", schoolId: school },
      { role: "teacher", schoolId: otherSchool },
    ];
    expect(createPersonInputSchema.safeParse({ ...input, roles }).success).toBe(true);
  });

  it("needs at least one role, and no role twice at one school", () => {
    expect(createPersonInputSchema.safeParse({ ...input, roles: [] }).error?.issues).toMatchObject([
      { path: ["roles"], message: "Give the person at least one role" },
    ]);
    const twice = [
      { role: "teacher", schoolId: school },
      { role: "teacher", schoolId: school },
    ];
    expect(createPersonInputSchema.safeParse({ ...input, roles: twice }).success).toBe(false);
  });
});
