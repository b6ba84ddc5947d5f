import type { Role } from "../enums.ts";
import type { Steps } from "../steps.ts";
import type { CheckedFiles } from "./check-files.ts";
import { ROLE_FOR } from "./people-rows.ts";
import type { CurrentPerson, PlannedRole } from "./planner.ts";

/*
 * The roles a roster manages (teacher, principal, district admin; coaches and the rest are given
 * by hand and never touched), keyed as role|school sourcedId so files and database compare.
 */

export const MANAGED_ROLES = new Set<Role>(["teacher", "principal", "district_admin"]);

export const roleKey = (role: Role, schoolKey: string) => `${role}|${schoolKey}`;

export function fromKey(key: string): PlannedRole {
  const [role, school] = key.split("|") as [Role, string];
  return { role, schoolSourcedId: school === "" ? null : school };
}

/** Role rows read between yields (see steps.ts): some milliseconds. */
const ROLES_PER_STEP = 1000;

/** Per user sourcedId, the role keys the roster says they hold from now on. */
export function* desiredRoles(
  checked: CheckedFiles,
  current: ReadonlyMap<string, CurrentPerson>,
  currentKeys: (person: CurrentPerson) => Map<string, string>,
): Steps<Map<string, Set<string>>> {
  const desired = new Map<string, Set<string>>();
  const delta = checked.modes["roles.csv"] === "delta";
  const keysOf = (userSourcedId: string) => {
    let keys = desired.get(userSourcedId);
    if (!keys) {
      const person = current.get(userSourcedId);
      keys = new Set(delta && person ? currentKeys(person).keys() : []);
      desired.set(userSourcedId, keys);
    }
    return keys;
  };
  const orgTypes = new Map(checked.good["orgs.csv"].map((org) => [org.sourcedId, org.type]));
  let sinceStep = 0;
  for (const row of checked.good["roles.csv"]) {
    sinceStep += 1;
    if (sinceStep === ROLES_PER_STEP) {
      sinceStep = 0;
      yield;
    }
    const role = ROLE_FOR[row.role];
    const keys = keysOf(row.userSourcedId);
    if (!role) continue;
    // A district administrator's role is district-wide whatever org the row names.
    const atSchool = role !== "district_admin" && orgTypes.get(row.orgSourcedId) !== "district";
    const key = roleKey(role, atSchool ? row.orgSourcedId : "");
    if (row.status === "tobedeleted") keys.delete(key);
    else keys.add(key);
  }
  return desired;
}
