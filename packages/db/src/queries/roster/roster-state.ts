import type { CurrentPerson, CurrentRoster } from "@throughline/domain/oneroster/planner";
import type { CurrentTimetables } from "@throughline/domain/oneroster/timetable-plan";
import { eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { bellPeriod, person, roleMembership, school, teachingSlot } from "../../schema/index.ts";

/**
 * What a roster import compares against: every school of the district (a school without a
 * sourcedId may be linked by name), the people who came from a roster and those added by hand
 * (a roster row with the same email is linked to them), with their roles. Row security keeps
 * it to the request's district.
 */
export async function loadCurrentRoster(tx: Transaction): Promise<CurrentRoster> {
  const [schools, people, roles] = await Promise.all([
    tx.select({ id: school.id, sourcedId: school.sourcedId, name: school.name }).from(school),
    tx
      .select({
        id: person.id,
        sourcedId: person.sourcedId,
        displayName: person.displayName,
        email: person.email,
        active: person.active,
      })
      .from(person),
    tx
      .select({
        id: roleMembership.id,
        personId: roleMembership.personId,
        role: roleMembership.role,
        schoolId: roleMembership.schoolId,
      })
      .from(roleMembership),
  ]);
  const rolesOf = new Map<string, CurrentPerson["roles"][number][]>();
  for (const { personId, ...held } of roles) {
    const list = rolesOf.get(personId) ?? [];
    list.push(held);
    rolesOf.set(personId, list);
  }
  return {
    schools,
    people: people.flatMap(({ sourcedId, ...rest }) =>
      sourcedId ? [{ ...rest, sourcedId, roles: rolesOf.get(rest.id) ?? [] }] : [],
    ),
    unlinked: people.flatMap(({ sourcedId, ...rest }) =>
      sourcedId ? [] : [{ ...rest, roles: rolesOf.get(rest.id) ?? [] }],
    ),
  };
}

/**
 * The bell schedules a roster's class periods are matched to, and the teaching slots earlier
 * imports made. Slots entered by hand are not loaded: an import never touches them.
 */
export async function loadCurrentTimetables(tx: Transaction): Promise<CurrentTimetables> {
  const [bellPeriods, rosterSlots] = await Promise.all([
    tx
      .select({
        schoolId: bellPeriod.schoolId,
        weekday: bellPeriod.weekday,
        name: bellPeriod.name,
        startMinute: bellPeriod.startMinute,
        endMinute: bellPeriod.endMinute,
      })
      .from(bellPeriod),
    tx
      .select({
        id: teachingSlot.id,
        personId: teachingSlot.personId,
        schoolId: teachingSlot.schoolId,
        weekday: teachingSlot.weekday,
        startMinute: teachingSlot.startMinute,
        endMinute: teachingSlot.endMinute,
        label: teachingSlot.label,
        classSourcedId: teachingSlot.classSourcedId,
      })
      .from(teachingSlot)
      .where(eq(teachingSlot.source, "roster")),
  ]);
  return { bellPeriods, rosterSlots };
}
