import { TRPCError } from "@trpc/server";
import { fieldProblem } from "./field-problem.ts";

/*
 * The database is the last check on what a request writes: a foreign key that points nowhere
 * (an unknown or another district's school id), a duplicate, a value its column cannot hold.
 * Those used to surface as 500s. Here each such error becomes the answer a person can act on,
 * naming the field: 400 for a value that cannot be stored, 409 for a clash with what exists.
 * The field is found by the column the database names, so a school id inside the third role
 * of a person is `roles.2.schoolId`; when several fields hold such ids, by their common parent.
 */

/** What PostgreSQL (postgres.js or PGlite, under drizzle's wrapper) tells about an error. */
interface DatabaseError {
  code: string;
  detail: string;
  column: string | null;
  constraint: string | null;
  table: string | null;
}

const SQLSTATE = /^[0-9A-Z]{5}$/;

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** The first error in the chain of causes that carries a SQLSTATE and a server's message. */
export function databaseErrorOf(error: unknown): DatabaseError | null {
  const seen = new Set<unknown>();
  for (let current = error; typeof current === "object" && current !== null; ) {
    if (seen.has(current)) return null;
    seen.add(current);
    const code = Reflect.get(current, "code");
    if (typeof code === "string" && SQLSTATE.test(code) && "severity" in current) {
      return {
        code,
        detail: text(Reflect.get(current, "detail")) ?? "",
        column: text(Reflect.get(current, "column_name")) ?? text(Reflect.get(current, "column")),
        constraint:
          text(Reflect.get(current, "constraint_name")) ?? text(Reflect.get(current, "constraint")),
        table: text(Reflect.get(current, "table_name")) ?? text(Reflect.get(current, "table")),
      };
    }
    current = Reflect.get(current, "cause");
  }
  return null;
}

/** `Key (district_id, school_id)=(…, …)`, when the database shows it, → the columns. */
function keyColumns(detail: string): string[] {
  const columns = /Key \((.+?)\)/.exec(detail)?.[1]?.split(", ") ?? [];
  return columns.filter((column) => column !== "district_id");
}

/**
 * The columns a constraint is about, from its name: `role_membership_school_fk` on
 * `role_membership` → `school`, `person_email_key` → `email`. Under row-level security the
 * database leaves the key out of its message, so the name is what there is.
 */
function constraintColumns(constraint: string | null, table: string | null): string[] {
  if (!constraint) return [];
  const withoutTable =
    table && constraint.startsWith(`${table}_`) ? constraint.slice(table.length + 1) : constraint;
  const stem = withoutTable.replace(/_(fk|key|unique|check|idx|pkey|excl)$/, "");
  return stem === "" ? [] : [stem];
}

function camelCase(column: string): string {
  return column
    .replace(/^lower\((.*)\)$/, "$1")
    .replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

type Path = (string | number)[];

/** Paths in the input to a key with this name, each with whether it holds a value. */
function pathsOfKey(
  input: unknown,
  name: string,
  path: Path = [],
): { path: Path; set: boolean; value: unknown }[] {
  if (typeof input !== "object" || input === null) return [];
  return Object.entries(input).flatMap(([key, child]) => {
    const next = [...path, Array.isArray(input) ? Number(key) : key];
    const set = child !== null && child !== undefined;
    const here = key === name ? [{ path: next, set, value: child }] : [];
    return [...here, ...pathsOfKey(child, name, next)];
  });
}

/** The path every one of `paths` starts with. */
function commonParent(paths: Path[]): Path {
  const [first = [], ...rest] = paths;
  let length = 0;
  while (length < first.length && rest.every((path) => path[length] === first[length])) {
    length += 1;
  }
  return first.slice(0, length);
}

/**
 * The input field a column stands for: `school` or `school_id` → the `schoolId` the input holds
 * (`roles.2.schoolId`); a column the input does not name → the whole input. When the input holds
 * different values at several such paths, the database (which hides the key under row security)
 * has not said which one it refused: the answer names their common parent (`roles`), never a
 * field that may be fine, and `ambiguous` says so.
 */
function fieldOf(input: unknown, columns: string[]): { path: Path; ambiguous: boolean } {
  for (const column of columns) {
    const base = camelCase(column.replace(/_id$/, ""));
    for (const name of [`${base}Id`, base, `${base}Ids`]) {
      const paths = pathsOfKey(input, name);
      const set = paths.filter((found) => found.set);
      if (new Set(set.map((found) => JSON.stringify(found.value))).size > 1) {
        return { path: commonParent(set.map((found) => found.path)), ambiguous: true };
      }
      const first = set[0] ?? paths[0];
      if (first) return { path: first.path, ambiguous: false };
    }
  }
  return { path: [], ambiguous: false };
}

function noun(table: string): string {
  return table.replace(/^micropd_/, "").replace(/_/g, " ");
}

/**
 * The answer for a database error a request caused, or `null` for one it did not (those stay
 * 500s, or 503s when the database is away).
 */
export function constraintProblem(error: unknown, input: unknown): TRPCError | null {
  const found = databaseErrorOf(error);
  if (!found) return null;
  const columns = [
    ...keyColumns(found.detail),
    ...(found.column ? [found.column] : []),
    ...constraintColumns(found.constraint, found.table),
  ];
  const { path: field, ambiguous } = fieldOf(input, columns);
  switch (found.code) {
    case "23503": {
      // "is still referenced from table": a delete of something others point at.
      if (/still referenced/.test(found.detail)) {
        return new TRPCError({
          code: "CONFLICT",
          message: "This is still in use elsewhere; remove what uses it first.",
          cause: error,
        });
      }
      const table = /in table "([a-z_]+)"/.exec(found.detail)?.[1];
      const what = table
        ? `${ambiguous ? "A" : "This"} ${noun(table)}${ambiguous ? " named here" : ""}`
        : "What this points to";
      return fieldProblem(field, `${what} was not found in your district`, "BAD_REQUEST");
    }
    case "23505":
      return fieldProblem(field, "This is already in use; choose another", "CONFLICT");
    case "23502":
      return fieldProblem(field, "This needs a value", "BAD_REQUEST");
    case "23514":
    case "23P01":
      return fieldProblem(field, "This value is not allowed here", "BAD_REQUEST");
    case "22001":
      return fieldProblem(field, "This is too long", "BAD_REQUEST");
    case "22003":
      return fieldProblem(field, "This number is too large", "BAD_REQUEST");
    case "22007":
    case "22008":
      return fieldProblem(field, "This date is out of range", "BAD_REQUEST");
    case "22P02":
      return fieldProblem(field, "This value is not in a form we can read", "BAD_REQUEST");
    case "22021":
    case "22P05":
      return fieldProblem(field, "This holds characters that cannot be stored", "BAD_REQUEST");
    default:
      return null;
  }
}
