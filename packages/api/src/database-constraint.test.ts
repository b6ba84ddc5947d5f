import { describe, expect, it } from "vitest";
import { constraintProblem } from "./database-constraint.ts";
import { fieldErrorsOf } from "./errors.ts";

/** A PostgreSQL error as postgres.js gives it, wrapped the way drizzle wraps a failed query. */
function postgresJs(fields: Record<string, string>) {
  const error = Object.assign(new Error("db"), { severity: "ERROR", ...fields });
  return new Error("Failed query: insert into …", { cause: error });
}

/** The same as PGlite gives it (pg-protocol's field names). */
function pglite(fields: Record<string, string>) {
  return Object.assign(new Error("db"), { severity: "ERROR", ...fields });
}

function answer(error: unknown, input: unknown) {
  const refused = constraintProblem(error, input);
  return refused && { code: refused.code, fieldErrors: fieldErrorsOf(refused) };
}

describe("database refusals as answers", () => {
  it("names the role whose school does not exist, from the constraint's name", () => {
    const error = postgresJs({
      code: "23503",
      detail: 'Key is not present in table "school".',
      constraint_name: "role_membership_school_fk",
      table_name: "role_membership",
    });
    const input = {
      roles: [
        { role: "teacher", schoolId: null },
        { role: "principal", schoolId: "x" },
      ],
    };
    expect(answer(error, input)).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: [
        { path: "roles.1.schoolId", message: "This school was not found in your district" },
      ],
    });
  });

  it("names the roles, not one of them, when two roles hold different schools", () => {
    const error = pglite({
      code: "23503",
      detail: 'Key is not present in table "school".',
      constraint: "role_membership_school_fk",
      table: "role_membership",
    });
    const input = {
      roles: [
        { role: "teacher", schoolId: "a" },
        { role: "principal", schoolId: "b" },
      ],
    };
    expect(answer(error, input)).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: [
        { path: "roles", message: "A school named here was not found in your district" },
      ],
    });
  });

  it("a delete of something still in use is a conflict", () => {
    const error = pglite({
      code: "23503",
      detail: 'Key (district_id, id)=(a, b) is still referenced from table "cohort".',
      constraint: "cohort_stage_fk",
      table: "cohort",
    });
    expect(answer(error, { stageId: "b" })?.code).toBe("CONFLICT");
  });

  it("a duplicate names its field from the key the database shows", () => {
    const error = pglite({
      code: "23505",
      detail: "Key (district_id, lower(email))=(a, b) already exists.",
      constraint: "person_email_key",
      table: "person",
    });
    expect(answer(error, { displayName: "A", email: "b" })).toEqual({
      code: "CONFLICT",
      fieldErrors: [{ path: "email", message: "This is already in use; choose another" }],
    });
  });

  it.each([
    ["22021", "This holds characters that cannot be stored"],
    ["22P05", "This holds characters that cannot be stored"],
    ["22P02", "This value is not in a form we can read"],
    ["22001", "This is too long"],
    ["22003", "This number is too large"],
    ["22008", "This date is out of range"],
    ["23514", "This value is not allowed here"],
  ])("%s answers 400 with a plain message", (code, message) => {
    expect(answer(postgresJs({ code }), {})).toEqual({
      code: "BAD_REQUEST",
      fieldErrors: [{ path: "(input)", message }],
    });
  });

  it("a missing value names its column", () => {
    const error = postgresJs({ code: "23502", column_name: "due_on", table_name: "action_step" });
    expect(answer(error, { dueOn: null, stepId: "s" })?.fieldErrors).toEqual([
      { path: "dueOn", message: "This needs a value" },
    ]);
  });

  it("leaves every other error alone (a bug stays a 500, an outage a 503)", () => {
    expect(answer(new TypeError("x is undefined"), {})).toBeNull();
    expect(answer(postgresJs({ code: "42P01" }), {})).toBeNull();
    expect(answer(Object.assign(new Error("socket"), { code: "ECONNRESET" }), {})).toBeNull();
  });
});
