import type { Role } from "../enums.ts";
import type { Steps } from "../steps.ts";
import type { CheckedFiles } from "./check-files.ts";
import { linkedNote, sameEmail } from "./link-by-email.ts";
import { desiredRoles, fromKey, MANAGED_ROLES, roleKey } from "./plan-roles.ts";
import { planSchools } from "./plan-schools.ts";
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

interface CurrentRole {
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

/** A person added by hand (no sourcedId): a roster row with the same email links to them. */
export type UnlinkedPerson = Omit<CurrentPerson, "sourcedId">;

export interface CurrentRoster {
  schools: readonly CurrentSchool[];
  people: readonly CurrentPerson[];
  unlinked?: readonly UnlinkedPerson[];
}

/** A role to hold: at the school with this sourcedId, or district-wide (null). */
export interface PlannedRole {
  role: Role;
  schoolSourcedId: string | null;
}

interface NewPerson {
  sourcedId: string;
  displayName: string;
  email: string;
  roles: PlannedRole[];
}

export interface PersonChange {
  id: string;
  kind: "update" | "deactivate";
  /** Set when a person added by hand is linked to the roster row with their email. */
  sourcedId?: string;
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

function displayNameOf(user: UserRow): string {
  return `${user.preferredGivenName ?? user.givenName} ${user.preferredFamilyName ?? user.familyName}`;
}

/** People planned between yields (see steps.ts): some milliseconds. */
const PEOPLE_PER_STEP = 500;

/** planRoster, yielding every PEOPLE_PER_STEP people and between its parts. */
export function* planRosterInSteps(
  checked: CheckedFiles,
  current: CurrentRoster,
  timetables: CurrentTimetables = NO_TIMETABLES,
): Steps<RosterPlan> {
  let sinceStep = 0;
  /** Whether a step's worth of people has been planned since the last yield. */
  const stepDone = () => {
    sinceStep += 1;
    if (sinceStep < PEOPLE_PER_STEP) return false;
    sinceStep = 0;
    return true;
  };
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
  const currentKeys = (person: Pick<CurrentPerson, "roles">) =>
    new Map(
      person.roles
        .filter((held) => MANAGED_ROLES.has(held.role))
        .map((held) => [
          roleKey(held.role, held.schoolId ? (keyOfSchool.get(held.schoolId) ?? "") : ""),
          held.id,
        ]),
    );
  const desired = yield* desiredRoles(checked, people, currentKeys);
  yield;

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

  const unlinked = new Map<string, UnlinkedPerson>();
  for (const person of current.unlinked ?? []) {
    const email = sameEmail(person.email);
    if (!unlinked.has(email)) unlinked.set(email, person);
  }
  const linked: { id: string; sourcedId: string; handName: string }[] = [];
  /** From the link on, the person is the roster's: their roles follow it as everyone's do. */
  const link = (person: UnlinkedPerson, user: UserRow, roles: Set<string>) => {
    const held = currentKeys(person);
    const mayRemove = !checked.usersWithBadRoles.has(user.sourcedId);
    plan.counts.people.update += 1;
    plan.changePeople.push({
      id: person.id,
      kind: "update",
      sourcedId: user.sourcedId,
      displayName: displayNameOf(user),
      email: user.email,
      active: true,
      addRoles: [...roles].filter((key) => !held.has(key)).map(fromKey),
      removeRoleIds: mayRemove
        ? [...held].filter(([key]) => !roles.has(key)).map(([, id]) => id)
        : [],
    });
    linked.push({ id: person.id, sourcedId: user.sourcedId, handName: person.displayName });
  };

  const inUsersFile = new Set<string>();
  for (const user of checked.good["users.csv"]) {
    if (stepDone()) yield;
    inUsersFile.add(user.sourcedId);
    const roles = desired.get(user.sourcedId) ?? new Set<string>();
    const existing = people.get(user.sourcedId);
    const active = user.enabledUser && user.status === "active" && roles.size > 0;
    const wanted = { displayName: displayNameOf(user), email: user.email, active, roles };
    const byHand = existing || !active ? undefined : unlinked.get(sameEmail(user.email));
    if (existing) {
      change(existing, wanted);
    } else if (byHand) {
      unlinked.delete(sameEmail(user.email));
      link(byHand, user, roles);
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
    if (stepDone()) yield;
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

  plan.counts.people.skipped += checked.notPeople;
  if (linked.length > 0) plan.notes.push(linkedNote(linked.map((person) => person.handName)));
  if (plan.counts.people.skipped > 0) {
    const skipped = plan.counts.people.skipped;
    plan.notes.push(
      `${skipped} ${skipped === 1 ? "user has" : "users have"} no teacher, principal or administrator role (students, guardians, aides…) and ${skipped === 1 ? "is" : "are"} not imported.`,
    );
  }

  const schoolNames = new Map(
    current.schools.flatMap((school) =>
      school.sourcedId ? [[school.sourcedId, school.name]] : [],
    ),
  );
  for (const org of checked.good["orgs.csv"]) schoolNames.set(org.sourcedId, org.name);
  yield;
  plan.timetable = planTimetables(
    checked,
    {
      timetables,
      people: [...current.people, ...linked],
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
