import type { Role } from "../enums.ts";
import type { OneRosterRole } from "./binding.ts";
import type { CheckedFiles } from "./check-files.ts";
import type { UserRow } from "./rows.ts";
import {
  type CurrentTimetables,
  NO_TIMETABLES,
  planTimetables,
  type TimetableChanges,
} from "./timetable-plan.ts";

/*
 * The pure planner: from checked files and what the district has now, the changes to make.
 * People and schools are matched by sourcedId (a school without one is also matched by its exact
 * name once, so the district's existing schools are linked rather than duplicated). People are
 * never deleted: bulk mode deactivates those no longer in the roster.
 */

export interface CurrentSchool {
  id: string;
  sourcedId: string | null;
  name: string;
}

export interface CurrentRole {
  id: string;
  role: Role;
  schoolId: string | null;
}

/** A person who came from a roster (has a sourcedId), with every role they hold. */
export interface CurrentPerson {
  id: string;
  sourcedId: string;
  displayName: string;
  email: string;
  active: boolean;
  roles: readonly CurrentRole[];
}

export interface CurrentRoster {
  schools: readonly CurrentSchool[];
  people: readonly CurrentPerson[];
}

/** A role to hold: at the school with this sourcedId, or district-wide (null). */
export interface PlannedRole {
  role: Role;
  schoolSourcedId: string | null;
}

export interface NewPerson {
  sourcedId: string;
  displayName: string;
  email: string;
  roles: PlannedRole[];
}

export interface PersonChange {
  id: string;
  kind: "update" | "deactivate";
  displayName: string;
  email: string;
  active: boolean;
  addRoles: PlannedRole[];
  removeRoleIds: string[];
}

export interface RosterCounts {
  schools: { create: number; update: number; unchanged: number };
  people: {
    create: number;
    update: number;
    deactivate: number;
    unchanged: number;
    skipped: number;
  };
  timetableSlots: { add: number; remove: number };
}

export interface RosterPlan {
  createSchools: { sourcedId: string; name: string }[];
  updateSchools: { id: string; sourcedId: string; name: string }[];
  createPeople: NewPerson[];
  changePeople: PersonChange[];
  timetable: TimetableChanges;
  counts: RosterCounts;
  notes: string[];
}

/** Roles we hold for OneRoster roles; the others (students, parents, aides…) are not imported. */
export const ROLE_FOR: Partial<Record<OneRosterRole, Role>> = {
  teacher: "teacher",
  principal: "principal",
  siteAdministrator: "principal",
  districtAdministrator: "district_admin",
};
const MANAGED_ROLES = new Set<Role>(["teacher", "principal", "district_admin"]);

const roleKey = (role: Role, schoolKey: string) => `${role}|${schoolKey}`;

function fromKey(key: string): PlannedRole {
  const [role, school] = key.split("|") as [Role, string];
  return { role, schoolSourcedId: school === "" ? null : school };
}

function displayNameOf(user: UserRow): string {
  return `${user.preferredGivenName ?? user.givenName} ${user.preferredFamilyName ?? user.familyName}`;
}

function planSchools(checked: CheckedFiles, current: CurrentRoster, plan: RosterPlan) {
  const bySourcedId = new Map(
    current.schools.flatMap((school) => (school.sourcedId ? [[school.sourcedId, school]] : [])),
  );
  const unlinked = new Map<string, CurrentSchool>();
  for (const school of current.schools) {
    const name = school.name.trim().toLowerCase();
    if (!school.sourcedId && !unlinked.has(name)) unlinked.set(name, school);
  }
  /** Existing school id → the key its roles are compared by (sourcedId, or its own id). */
  const keyOfSchool = new Map(
    current.schools.map((school) => [school.id, school.sourcedId ?? `id:${school.id}`]),
  );

  for (const org of checked.good["orgs.csv"]) {
    if (org.type !== "school") continue;
    if (org.status === "tobedeleted") {
      plan.notes.push(
        `${org.name} is marked tobedeleted; schools are kept, with their history, and stay as they are.`,
      );
      continue;
    }
    const existing = bySourcedId.get(org.sourcedId);
    if (existing) {
      if (existing.name === org.name) plan.counts.schools.unchanged += 1;
      else plan.updateSchools.push({ id: existing.id, sourcedId: org.sourcedId, name: org.name });
      continue;
    }
    const sameName = unlinked.get(org.name.trim().toLowerCase());
    if (sameName) {
      unlinked.delete(org.name.trim().toLowerCase());
      keyOfSchool.set(sameName.id, org.sourcedId);
      plan.updateSchools.push({ id: sameName.id, sourcedId: org.sourcedId, name: org.name });
      plan.notes.push(`${sameName.name} is linked to the roster's ${org.sourcedId}.`);
      continue;
    }
    plan.createSchools.push({ sourcedId: org.sourcedId, name: org.name });
  }
  plan.counts.schools.create = plan.createSchools.length;
  plan.counts.schools.update = plan.updateSchools.length;
  return keyOfSchool;
}

/** Per user sourcedId, the role keys the roster says they hold from now on. */
function desiredRoles(
  checked: CheckedFiles,
  current: ReadonlyMap<string, CurrentPerson>,
  currentKeys: (person: CurrentPerson) => Map<string, string>,
): Map<string, Set<string>> {
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
  for (const row of checked.good["roles.csv"]) {
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

export function planRoster(
  checked: CheckedFiles,
  current: CurrentRoster,
  timetables: CurrentTimetables = NO_TIMETABLES,
): RosterPlan {
  const plan: RosterPlan = {
    createSchools: [],
    updateSchools: [],
    createPeople: [],
    changePeople: [],
    timetable: { createSlots: [], removeSlotIds: [] },
    counts: {
      schools: { create: 0, update: 0, unchanged: 0 },
      people: { create: 0, update: 0, deactivate: 0, unchanged: 0, skipped: 0 },
      timetableSlots: { add: 0, remove: 0 },
    },
    notes: [],
  };
  const keyOfSchool = planSchools(checked, current, plan);
  const people = new Map(current.people.map((person) => [person.sourcedId, person]));
  /** A person's managed roles, role key → membership id. */
  const currentKeys = (person: CurrentPerson) =>
    new Map(
      person.roles
        .filter((held) => MANAGED_ROLES.has(held.role))
        .map((held) => [
          roleKey(held.role, held.schoolId ? (keyOfSchool.get(held.schoolId) ?? "") : ""),
          held.id,
        ]),
    );
  const desired = desiredRoles(checked, people, currentKeys);

  const change = (
    person: CurrentPerson,
    wanted: { displayName: string; email: string; active: boolean; roles: Set<string> },
  ) => {
    const held = currentKeys(person);
    const mayRemove = !checked.usersWithBadRoles.has(person.sourcedId);
    const addRoles = [...wanted.roles].filter((key) => !held.has(key)).map(fromKey);
    const removeRoleIds = mayRemove
      ? [...held].filter(([key]) => !wanted.roles.has(key)).map(([, id]) => id)
      : [];
    const same =
      person.displayName === wanted.displayName &&
      person.email === wanted.email &&
      person.active === wanted.active &&
      addRoles.length === 0 &&
      removeRoleIds.length === 0;
    if (same) {
      plan.counts.people.unchanged += 1;
      return;
    }
    const kind = person.active && !wanted.active ? "deactivate" : "update";
    plan.counts.people[kind] += 1;
    plan.changePeople.push({
      id: person.id,
      kind,
      displayName: wanted.displayName,
      email: wanted.email,
      active: wanted.active,
      addRoles,
      removeRoleIds,
    });
  };

  const inUsersFile = new Set<string>();
  for (const user of checked.good["users.csv"]) {
    inUsersFile.add(user.sourcedId);
    const roles = desired.get(user.sourcedId) ?? new Set<string>();
    const existing = people.get(user.sourcedId);
    const active = user.enabledUser && user.status === "active" && roles.size > 0;
    const wanted = { displayName: displayNameOf(user), email: user.email, active, roles };
    if (existing) {
      change(existing, wanted);
    } else if (active) {
      plan.createPeople.push({
        sourcedId: user.sourcedId,
        ...wanted,
        roles: [...roles].map(fromKey),
      });
    } else {
      plan.counts.people.skipped += 1;
    }
  }
  plan.counts.people.create = plan.createPeople.length;

  const usersBulk = checked.modes["users.csv"] === "bulk";
  for (const person of current.people) {
    if (inUsersFile.has(person.sourcedId) || checked.badIds["users.csv"].has(person.sourcedId)) {
      continue;
    }
    const roles = desired.get(person.sourcedId);
    if (usersBulk) {
      // No longer in the roster: kept, with their history, but no longer active.
      change(person, {
        ...person,
        active: false,
        roles: roles ?? new Set(currentKeys(person).keys()),
      });
    } else if (roles) {
      change(person, { ...person, active: person.active && roles.size > 0, roles });
    }
  }

  if (plan.counts.people.skipped > 0) {
    const skipped = plan.counts.people.skipped;
    plan.notes.push(
      `${skipped} ${skipped === 1 ? "user has" : "users have"} no teacher, principal or administrator role (students, parents, aides…) and ${skipped === 1 ? "is" : "are"} not imported.`,
    );
  }

  const schoolNames = new Map(
    current.schools.flatMap((school) =>
      school.sourcedId ? [[school.sourcedId, school.name]] : [],
    ),
  );
  for (const org of checked.good["orgs.csv"]) schoolNames.set(org.sourcedId, org.name);
  plan.timetable = planTimetables(
    checked,
    {
      timetables,
      people: current.people,
      newPeople: new Set(plan.createPeople.map((person) => person.sourcedId)),
      // keyOfSchool maps an existing school to its sourcedId, including those linked by name.
      schoolIds: new Map([...keyOfSchool].map(([id, key]) => [key, id])),
      schoolNames,
    },
    plan.notes,
  );
  plan.counts.timetableSlots = {
    add: plan.timetable.createSlots.length,
    remove: plan.timetable.removeSlotIds.length,
  };
  return plan;
}
