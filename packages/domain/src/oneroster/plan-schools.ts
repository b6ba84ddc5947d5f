import type { CheckedFiles } from "./check-files.ts";
import type { CurrentRoster, CurrentSchool, RosterPlan } from "./planner.ts";

/**
 * Schools by sourcedId; a school without one is matched by its exact name once, so the
 * district's existing schools are linked rather than duplicated. Returns each existing
 * school's id → the key its roles are compared by (its sourcedId, or its own id).
 */
export function planSchools(checked: CheckedFiles, current: CurrentRoster, plan: RosterPlan) {
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
