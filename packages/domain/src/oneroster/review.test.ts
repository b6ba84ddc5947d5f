import { describe, expect, it } from "vitest";
import {
  manifest,
  ORGS,
  ORGS_HEADER,
  ROLES_HEADER,
  role,
  table,
  USERS_HEADER,
  user,
} from "../testing/oneroster-tables.ts";
import type { CsvTable } from "./files.ts";
import type { CurrentRoster } from "./planner.ts";
import { reviewRoster } from "./review.ts";

const EMPTY: CurrentRoster = { schools: [], people: [] };

function set(overrides: Partial<Record<string, CsvTable | null>> = {}): CsvTable[] {
  const base: Record<string, CsvTable | null> = {
    "manifest.csv": manifest(),
    "orgs.csv": ORGS,
    "users.csv": table("users.csv", [USERS_HEADER, user("u1"), user("u2")]),
    "roles.csv": table("roles.csv", [
      ROLES_HEADER,
      role("r1", "u1", "teacher", "s1"),
      role("r2", "u2", "principal", "s2"),
    ]),
    ...overrides,
  };
  return Object.values(base).filter((entry): entry is CsvTable => entry !== null);
}

describe("reviewRoster: whole-file problems", () => {
  it.each([
    {
      name: "no manifest",
      files: set({ "manifest.csv": null }),
      problem: {
        file: "manifest.csv",
        line: null,
        reason: "manifest.csv is missing: every OneRoster set starts with it",
      },
    },
    {
      name: "OneRoster 1.1",
      files: set({
        "manifest.csv": table("manifest.csv", [
          "propertyName,value",
          "manifest.version,1.0",
          "oneroster.version,1.1",
          "file.orgs,bulk",
          "file.users,bulk",
          "file.roles,bulk",
        ]),
      }),
      problem: {
        file: "manifest.csv",
        line: 3,
        reason: "oneroster.version is '1.1': this import reads oneroster.version 1.2",
      },
    },
    {
      name: "a mode that is not bulk, delta or absent",
      files: set({ "manifest.csv": manifest({ users: "full" }) }),
      problem: {
        file: "manifest.csv",
        line: 5,
        reason: "file.users is 'full': it must be bulk, delta or absent",
      },
    },
    {
      name: "a listed file not chosen",
      files: set({ "roles.csv": null }),
      problem: {
        file: "roles.csv",
        line: null,
        reason: "roles.csv is missing: manifest.csv lists it as bulk",
      },
    },
    {
      name: "a required header missing",
      files: set({
        "orgs.csv": table("orgs.csv", ["sourcedId,status,dateLastModified,name,parentSourcedId"]),
      }),
      problem: { file: "orgs.csv", line: 1, reason: "The header lacks the column type" },
    },
  ])("$name", ({ files, problem }) => {
    const { review } = reviewRoster(files, EMPTY);
    expect(review.problems).toContainEqual(problem);
  });
});

describe("reviewRoster: bad rows, with file, line (header is line 1) and reason", () => {
  it.each([
    {
      name: "a user with no email",
      override: {
        "users.csv": table("users.csv", [USERS_HEADER, user("u1"), user("u2", { email: "" })]),
      },
      bad: {
        file: "users.csv",
        line: 3,
        reason: "email is missing: people sign in with their email address",
      },
    },
    {
      name: "an email that is not one",
      override: {
        "users.csv": table("users.csv", [
          USERS_HEADER,
          user("u1"),
          user("u2", { email: "u2-at-school" }),
        ]),
      },
      bad: { file: "users.csv", line: 3, reason: "email 'u2-at-school' is not an email address" },
    },
    {
      name: "enabledUser not true or false",
      override: {
        "users.csv": table("users.csv", [USERS_HEADER, user("u1"), user("u2", { enabled: "yes" })]),
      },
      bad: { file: "users.csv", line: 3, reason: "enabledUser must be true or false" },
    },
    {
      name: "an org type not in the binding",
      override: {
        "orgs.csv": table("orgs.csv", [
          ORGS_HEADER,
          "s1,,,North School,campus,,",
          "s2,,,South School,school,,",
        ]),
      },
      bad: {
        file: "orgs.csv",
        line: 2,
        reason: "type 'campus' is not one of department, district, local, national, school, state",
      },
    },
    {
      name: "a role for a user not in users.csv",
      override: {
        "roles.csv": table("roles.csv", [
          ROLES_HEADER,
          role("r1", "u1", "teacher", "s1"),
          role("r2", "u9", "teacher", "s1"),
        ]),
      },
      bad: { file: "roles.csv", line: 3, reason: "userSourcedId 'u9' is not in users.csv" },
    },
    {
      name: "a role at an org not in orgs.csv",
      override: {
        "roles.csv": table("roles.csv", [ROLES_HEADER, role("r1", "u1", "teacher", "s9")]),
      },
      bad: { file: "roles.csv", line: 2, reason: "orgSourcedId 's9' is not in orgs.csv" },
    },
    {
      name: "a principal of the district rather than a school",
      override: {
        "roles.csv": table("roles.csv", [ROLES_HEADER, role("r1", "u1", "principal", "d1")]),
      },
      bad: {
        file: "roles.csv",
        line: 2,
        reason: "A principal belongs to a school, but orgSourcedId 'd1' is a district",
      },
    },
    {
      name: "a repeated sourcedId",
      override: {
        "users.csv": table("users.csv", [USERS_HEADER, user("u1"), user("u2"), user("u1")]),
      },
      bad: { file: "users.csv", line: 4, reason: "sourcedId 'u1' repeats line 2" },
    },
    {
      name: "a delta row without status",
      override: {
        "manifest.csv": manifest({ users: "delta" }),
        "users.csv": table("users.csv", [
          USERS_HEADER,
          user("u1", { status: "active" }),
          user("u2"),
        ]),
      },
      bad: { file: "users.csv", line: 3, reason: "status is missing; dateLastModified is missing" },
    },
  ])("$name", ({ override, bad }) => {
    const { review } = reviewRoster(set(override), EMPTY);
    expect(review.problems).toEqual([]);
    expect(review.badRows).toEqual([bad]);
  });

  it("leaves out a role whose user row is bad, without a second report", () => {
    const { review, plan } = reviewRoster(
      set({
        "users.csv": table("users.csv", [USERS_HEADER, user("u1"), user("u2", { email: "" })]),
      }),
      EMPTY,
    );
    expect(review.badRows).toHaveLength(1);
    expect(plan.createPeople.map((person) => person.sourcedId)).toEqual(["u1"]);
  });
});
