import type { Role } from "../enums.ts";
import { ONEROSTER_ROLES, type OneRosterRole } from "./binding.ts";
import type { CsvTable } from "./files.ts";

/*
 * Which rows are about people Throughline holds. An SIS export is mostly students and guardians
 * (often without an email, and with fields a staff row would need left empty); they are not
 * people here, so their rows are counted as not imported and never reported as bad rows.
 */

/** Roles we hold for OneRoster roles; the others (students, parents, aides…) are not imported. */
export const ROLE_FOR: Partial<Record<OneRosterRole, Role>> = {
  teacher: "teacher",
  principal: "principal",
  siteAdministrator: "principal",
  districtAdministrator: "district_admin",
};

/** A role cell naming a OneRoster role that Throughline does not hold (student, guardian…). */
export function isOthersRole(cell: string | undefined): boolean {
  const role = cell?.trim() ?? "";
  return (ONEROSTER_ROLES as readonly string[]).includes(role) && !ROLE_FOR[role as OneRosterRole];
}

/** Only teachers' enrollments are read (they make teaching slots); students' are not ours. */
export function isOthersEnrollment(cell: string | undefined): boolean {
  const role = cell?.trim() ?? "";
  return role !== "" && role !== "teacher";
}

/**
 * The users roles.csv may make people here: a role Throughline holds, or a role cell it cannot
 * read (that row's own report covers it, and the user's row is checked in full meanwhile).
 * Null when roles.csv cannot be read: then every user row is checked in full.
 */
export function possiblePeople(roles: CsvTable | undefined): Set<string> | null {
  if (!roles) return null;
  const column = (name: string) =>
    roles.header.findIndex((cell) => cell.trim().toLowerCase() === name.toLowerCase());
  const user = column("userSourcedId");
  const role = column("role");
  if (user < 0 || role < 0) return null;
  const people = new Set<string>();
  for (const { cells } of roles.rows) {
    const id = cells[user]?.trim();
    if (id && !isOthersRole(cells[role])) people.add(id);
  }
  return people;
}
