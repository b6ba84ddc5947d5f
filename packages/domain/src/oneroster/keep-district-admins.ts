import type { CurrentRoster, PersonChange, RosterPlan, UnlinkedPerson } from "./planner.ts";

/*
 * A roster import never locks the district out. The district admin running it keeps the
 * district admin role and stays active whatever the files say (an SIS often lists the person
 * who runs the import as a teacher, or not at all), and an import never leaves the district
 * without an active district admin. The roster's other changes to those people still apply.
 */

export const KEPT_RUNNING_ADMIN =
  "Kept: you are the district admin running this import, so you keep the district admin role and your sign-in, which the roster would have taken away.";

function adminRoleOf(person: UnlinkedPerson): string | null {
  return person.roles.find((held) => held.role === "district_admin")?.id ?? null;
}

/** Whether the change takes the person's district admin role or their sign-in away. */
function locksOut(change: PersonChange | undefined, roleId: string): boolean {
  return change !== undefined && (!change.active || change.removeRoleIds.includes(roleId));
}

/** The change without what would lock the person out; dropped if nothing else is left. */
function keep(plan: RosterPlan, person: UnlinkedPerson, change: PersonChange, roleId: string) {
  const deactivating = change.kind === "deactivate";
  change.active = person.active;
  change.kind = "update";
  change.removeRoleIds = change.removeRoleIds.filter((id) => id !== roleId);
  const counts = plan.counts.people;
  if (deactivating) counts.deactivate -= 1;
  else counts.update -= 1;
  const nothingLeft =
    change.sourcedId === undefined &&
    change.displayName === person.displayName &&
    change.email === person.email &&
    change.addRoles.length === 0 &&
    change.removeRoleIds.length === 0;
  if (nothingLeft) {
    plan.changePeople.splice(plan.changePeople.indexOf(change), 1);
    counts.unchanged += 1;
  } else {
    counts.update += 1;
  }
}

/**
 * Takes out of the plan whatever would remove the running admin's district admin role or
 * sign-in, and, when nobody runs it (or they are no district admin), whatever would leave no
 * active district admin. Returns what it kept, in words, for the preview and the result.
 */
export function keepDistrictAdmins(
  plan: RosterPlan,
  current: CurrentRoster,
  runningPersonId: string | null,
): string[] {
  const changes = new Map(plan.changePeople.map((change) => [change.id, change]));
  const admins = [...current.people, ...(current.unlinked ?? [])].flatMap((person) => {
    const roleId = adminRoleOf(person);
    return person.active && roleId ? [{ person, roleId, change: changes.get(person.id) }] : [];
  });
  const losing = admins.filter((admin) => locksOut(admin.change, admin.roleId));
  const running = losing.find((admin) => admin.person.id === runningPersonId);
  const anyLeft = admins.length > losing.length || running !== undefined;
  const kept: string[] = [];
  for (const admin of losing) {
    if (!admin.change || (admin !== running && anyLeft)) continue;
    keep(plan, admin.person, admin.change, admin.roleId);
    kept.push(
      admin === running
        ? KEPT_RUNNING_ADMIN
        : `Kept: ${admin.person.displayName} stays an active district admin, so the district is not left without one.`,
    );
  }
  return kept;
}
