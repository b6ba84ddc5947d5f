import type { OneRosterFile } from "../oneroster/binding.ts";
import type { CsvTable } from "../oneroster/files.ts";
import type { CurrentPerson } from "../oneroster/planner.ts";

/** Test helper: a CSV table from lines of comma-separated cells (no quoting needed in tests). */
export function table(file: OneRosterFile, lines: readonly string[]): CsvTable {
  const [header = "", ...rows] = lines;
  return {
    file,
    header: header.split(","),
    rows: rows.map((row, index) => ({ line: index + 2, cells: row.split(",") })),
  };
}

export function manifest(modes: Partial<Record<string, string>> = {}): CsvTable {
  const wanted = { orgs: "bulk", users: "bulk", roles: "bulk", ...modes };
  return table("manifest.csv", [
    "propertyName,value",
    "manifest.version,1.0",
    "oneroster.version,1.2",
    ...Object.entries(wanted).map(([name, mode]) => `file.${name},${mode}`),
  ]);
}

export const ORGS_HEADER = "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId";
export const USERS_HEADER =
  "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,email,primaryOrgSourcedId";
export const ROLES_HEADER =
  "sourcedId,status,dateLastModified,userSourcedId,roleType,role,beginDate,endDate,orgSourcedId";

/** users.csv with these rows under its header. */
export function usersTable(rows: readonly string[]): CsvTable {
  return table("users.csv", [USERS_HEADER, ...rows]);
}

/** roles.csv with these rows under its header. */
export function rolesTable(rows: readonly string[]): CsvTable {
  return table("roles.csv", [ROLES_HEADER, ...rows]);
}

export const ORGS = table("orgs.csv", [
  ORGS_HEADER,
  "d1,,,Valley District,district,,",
  "s1,,,North School,school,,d1",
  "s2,,,South School,school,,d1",
]);

export function user(
  id: string,
  extra: Partial<Record<"status" | "enabled" | "email", string>> = {},
) {
  const email = extra.email ?? `${id}@example.test`;
  return `${id},${extra.status ?? ""},${extra.status ? "2026-11-01T00:00:00Z" : ""},${extra.enabled ?? "true"},${id},,Given${id},Family${id},${email},`;
}

export function role(id: string, userId: string, oneRosterRole: string, org: string, status = "") {
  const modified = status ? "2026-11-01T00:00:00Z" : "";
  return `${id},${status},${modified},${userId},primary,${oneRosterRole},,,${org}`;
}

/** North School as an earlier import left it: the district's school for `orgs.csv`'s "s1". */
export const NORTH = { id: "school-north", sourcedId: "s1", name: "North School" };

/** A teacher of North School as an earlier import left them; `changes` for what a test is about. */
export function currentTeacher(
  sourcedId: string,
  changes: Partial<CurrentPerson> = {},
): CurrentPerson {
  return {
    id: `person-${sourcedId}`,
    sourcedId,
    displayName: `Given${sourcedId} Family${sourcedId}`,
    email: `${sourcedId}@example.test`,
    active: true,
    roles: [{ id: `role-${sourcedId}`, role: "teacher", schoolId: NORTH.id }],
    ...changes,
  };
}

/** A roster of the district's orgs with these users.csv and roles.csv rows, in these modes. */
export function rosterFiles(
  users: readonly string[],
  roles: readonly string[],
  modes: Partial<Record<string, string>> = {},
): CsvTable[] {
  return [manifest(modes), ORGS, usersTable(users), rolesTable(roles)];
}
