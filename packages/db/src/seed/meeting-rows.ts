import { randomUUID } from "node:crypto";
import type { Attendance, MeetingStatus } from "@throughline/domain/enums";
import type { BuiltProtocolStep } from "./district-defaults.ts";
import type { TenantRows } from "./rows.ts";

export interface SeedMeeting {
  teamId: string;
  title: string;
  startsAt: Date;
  minutes: number;
  location: string | null;
  videoUrl: string | null;
  status: MeetingStatus;
  attendance: { personId: string; attendance: Attendance }[];
  /** The agenda is this default protocol's steps, with notes for meetings already held. */
  protocol: string;
  notes?: string[];
}

/**
 * A team's support meeting with its agenda (the protocol's steps) and attendance; a closed
 * meeting is stamped as held for its full length. Returns the meeting's id.
 */
export function addMeetingRows(
  tenant: TenantRows,
  districtId: string,
  protocolSteps: ReadonlyMap<string, BuiltProtocolStep[]>,
  input: SeedMeeting,
): string {
  const id = randomUUID();
  const steps = protocolSteps.get(input.protocol);
  if (!steps) throw new Error(`There is no default protocol named ${input.protocol}.`);
  tenant.meetings.push({
    districtId: districtId,
    id,
    teamId: input.teamId,
    title: input.title,
    startsAt: input.startsAt,
    endsAt: new Date(input.startsAt.getTime() + input.minutes * 60_000),
    location: input.location,
    videoUrl: input.videoUrl,
    status: input.status,
    ...(input.status === "closed"
      ? { startedAt: input.startsAt, closedAt: input.startsAt, heldMinutes: input.minutes }
      : {}),
  });
  steps.forEach((step, index) => {
    const notes = input.notes?.[index] ?? "";
    tenant.agendaItems.push({
      districtId: districtId,
      id: randomUUID(),
      meetingId: id,
      position: index + 1,
      ...step,
      notes,
      notesVersion: notes ? 1 : 0,
    });
  });
  for (const { personId, attendance } of input.attendance) {
    tenant.attendance.push({
      districtId: districtId,
      id: randomUUID(),
      meetingId: id,
      personId,
      attendance,
    });
  }
  return id;
}
