import { z } from "zod";
import { EMAIL_PATTERN } from "../person.ts";
import {
  CLASS_TYPES,
  ENROLLMENT_ROLES,
  ONEROSTER_ROLES,
  ORG_TYPES,
  ROLE_TYPES,
  ROSTER_STATUSES,
  SESSION_TYPES,
} from "./binding.ts";

/*
 * One zod schema per data file's row. The messages are what the preview shows next to the file
 * and line, so they name the column as the file spells it.
 */

function required(column: string) {
  const missing = `${column} is missing`;
  // abort: an empty cell gets one message, not every rule the empty string also breaks.
  return z.string({ error: missing }).trim().min(1, { error: missing, abort: true });
}

/** An empty cell is no value: the binding writes "not given" as nothing between commas. */
function optional(column: string) {
  return z
    .string()
    .trim()
    .max(500, `${column} must be 500 characters or fewer`)
    .optional()
    .transform((value) => (value === "" || value === undefined ? undefined : value));
}

function oneOf<const T extends readonly string[]>(column: string, values: T) {
  return required(column).refine((value): value is T[number] => values.includes(value), {
    error: (issue) => `${column} '${String(issue.input)}' is not one of ${values.join(", ")}`,
  });
}

/** "a,b,c" in one quoted cell; empty parts are dropped. */
function list(column: string) {
  return required(column).transform((value) =>
    value
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== ""),
  );
}

const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function dateLastModified() {
  return required("dateLastModified").refine(
    (value) => isoDateTime.test(value) && !Number.isNaN(Date.parse(value)),
    "dateLastModified must be an ISO 8601 date and time like 2026-08-14T09:00:00Z",
  );
}

function calendarDay(column: string) {
  return required(column).refine(
    (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)),
    `${column} must be a date like 2026-08-14`,
  );
}

const trueOrFalse = (column: string) =>
  required(column)
    .transform((value) => value.toLowerCase())
    .refine((value) => value === "true" || value === "false", `${column} must be true or false`)
    .transform((value) => value === "true");

/**
 * status and dateLastModified: optional in bulk mode (an empty status means active), required
 * in delta mode, where they say what changed.
 */
function lifecycle(delta: boolean) {
  const status = oneOf("status", ROSTER_STATUSES);
  return delta
    ? { status, dateLastModified: dateLastModified() }
    : {
        status: z
          .string()
          .trim()
          .optional()
          .transform((value) => (value === "" || value === undefined ? "active" : value))
          .pipe(oneOf("status", ROSTER_STATUSES)),
        dateLastModified: z
          .string()
          .trim()
          .optional()
          .transform((value) => (value === "" ? undefined : value))
          .pipe(dateLastModified().optional()),
      };
}

/** The shared email rule (any script, RFC 6531), so an address is one person in every form. */
const email = z
  .string({ error: "email is missing" })
  .trim()
  .min(1, { error: "email is missing: people sign in with their email address", abort: true })
  .normalize("NFC")
  .toLowerCase()
  .pipe(
    z.email({
      pattern: EMAIL_PATTERN,
      error: (issue) => `email '${String(issue.input)}' is not an email address`,
    }),
  );

export function rowSchemas(delta: boolean) {
  const base = { sourcedId: required("sourcedId").max(255), ...lifecycle(delta) };
  return {
    "orgs.csv": z.object({
      ...base,
      name: required("name").max(200, "name must be 200 characters or fewer"),
      type: required("type").refine(
        (value) => ORG_TYPES.includes(value) || value.startsWith("ext:"),
        { error: (issue) => `type '${String(issue.input)}' is not one of ${ORG_TYPES.join(", ")}` },
      ),
      parentSourcedId: optional("parentSourcedId"),
    }),
    "users.csv": z.object({
      ...base,
      enabledUser: trueOrFalse("enabledUser"),
      username: required("username"),
      givenName: required("givenName").max(100),
      familyName: required("familyName").max(100),
      preferredGivenName: optional("preferredGivenName"),
      preferredFamilyName: optional("preferredFamilyName"),
      email,
      primaryOrgSourcedId: optional("primaryOrgSourcedId"),
    }),
    "roles.csv": z.object({
      ...base,
      userSourcedId: required("userSourcedId"),
      roleType: oneOf("roleType", ROLE_TYPES),
      role: oneOf("role", ONEROSTER_ROLES),
      orgSourcedId: required("orgSourcedId"),
    }),
    "classes.csv": z.object({
      ...base,
      title: required("title"),
      courseSourcedId: required("courseSourcedId"),
      classType: oneOf("classType", CLASS_TYPES),
      schoolSourcedId: required("schoolSourcedId"),
      termSourcedIds: list("termSourcedIds"),
      periods: optional("periods"),
    }),
    "courses.csv": z.object({
      ...base,
      title: required("title"),
      orgSourcedId: required("orgSourcedId"),
    }),
    "academicSessions.csv": z.object({
      ...base,
      title: required("title"),
      type: oneOf("type", SESSION_TYPES),
      startDate: calendarDay("startDate"),
      endDate: calendarDay("endDate"),
      schoolYear: required("schoolYear").regex(/^\d{4}$/, "schoolYear must be a year like 2027"),
    }),
    "enrollments.csv": z.object({
      ...base,
      classSourcedId: required("classSourcedId"),
      schoolSourcedId: required("schoolSourcedId"),
      userSourcedId: required("userSourcedId"),
      role: oneOf("role", ENROLLMENT_ROLES),
    }),
  };
}

type Schemas = ReturnType<typeof rowSchemas>;
export type RosterRow<F extends keyof Schemas> = z.output<Schemas[F]> & { line: number };
export type UserRow = RosterRow<"users.csv">;
