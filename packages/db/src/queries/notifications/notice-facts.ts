import { asc, eq, inArray } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  district,
  observation,
  person,
  supportMeeting,
  team,
  teamMember,
} from "../../schema/index.ts";
import { teamOfMeeting, tenantJoin } from "../sql/same-district-joins.ts";

/* The few facts an event's notification is written from, read inside the event's transaction. */

/** The district's time zone: every time in a notification is written in it. */
export async function districtTimeZone(tx: Transaction, districtId: string): Promise<string> {
  // `district` is global (it is the tenant): name the district explicitly.
  const [row] = await tx
    .select({ timeZone: district.timeZone })
    .from(district)
    .where(eq(district.id, districtId));
  return row?.timeZone ?? "UTC";
}

/** Meetings by id, earliest first, with their team's name. */
export function meetingsForNotice(tx: Transaction, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      id: supportMeeting.id,
      teamId: supportMeeting.teamId,
      teamName: team.name,
      title: supportMeeting.title,
      location: supportMeeting.location,
      startsAt: supportMeeting.startsAt,
    })
    .from(supportMeeting)
    .innerJoin(team, teamOfMeeting)
    .where(inArray(supportMeeting.id, [...meetingIds]))
    .orderBy(asc(supportMeeting.startsAt));
}

/** The people on a team (its members, who read its meetings in the teacher app). */
export async function teamMemberIds(tx: Transaction, teamId: string): Promise<string[]> {
  const rows = await tx
    .select({ personId: teamMember.personId })
    .from(teamMember)
    .where(eq(teamMember.teamId, teamId));
  return rows.map((row) => row.personId);
}

/** An observation's teacher, kind and observer's name; null when there is no such observation. */
export async function observationForNotice(tx: Transaction, observationId: string) {
  const [row] = await tx
    .select({
      id: observation.id,
      teacherId: observation.teacherId,
      kind: observation.kind,
      observedOn: observation.observedOn,
      observerName: person.displayName,
    })
    .from(observation)
    .innerJoin(person, tenantJoin(person, observation, observation.observerId))
    .where(eq(observation.id, observationId));
  return row ?? null;
}
