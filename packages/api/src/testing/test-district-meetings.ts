import { teamMeetingInput } from "./team-meeting-input.ts";
import type { TestApi } from "./test-api.ts";

type Caller = Awaited<ReturnType<TestApi["callerFor"]>>;

const WEEK_MS = 7 * 86_400_000;

/**
 * For tests: a one-off meeting of the team a week from now, scheduled by `runner` (its
 * facilitator or coach) with the steps of the district's first protocol as its agenda; its id.
 */
export async function scheduledTeamMeeting(
  runner: Caller,
  team: { id: string; name: string },
): Promise<string> {
  const [protocol] = await runner.protocols.list();
  const { meetingIds } = await runner.meetings.schedule(
    teamMeetingInput({
      teamId: team.id,
      title: `${team.name} planning`,
      startsAt: new Date(Date.now() + WEEK_MS),
      agenda: protocol?.steps.map((step) => step.id) ?? [],
    }),
  );
  const [meetingId] = meetingIds;
  if (!meetingId) throw new Error(`No meeting of ${team.name} was scheduled.`);
  return meetingId;
}

/**
 * For tests: a meeting of the team held now and closed, as the meeting room runs one: `attendee`
 * marked present, `notes` on the first agenda step, the runner's private note, and a commitment
 * of the attendee (who must be enrolled in a stage); its id.
 */
export async function heldTeamMeeting(
  runner: Caller,
  team: { id: string; name: string },
  held: { attendeeId: string; notes: string; privateNote: string; commitment: string },
): Promise<string> {
  const meetingId = await scheduledTeamMeeting(runner, team);
  await runner.meetingRoom.start({ meetingId, moveToNow: true });
  const room = await runner.meetingRoom.open({ meetingId });
  const [firstStep] = room.agenda;
  if (!firstStep) throw new Error("The meeting has no agenda.");
  await runner.meetingRoom.recordAttendance({
    meetingId,
    records: [{ personId: held.attendeeId, attendance: "present" }],
  });
  await runner.meetingRoom.saveNotes({
    meetingId,
    itemId: firstStep.id,
    notes: held.notes,
    baseVersion: firstStep.notesVersion,
  });
  await runner.meetingRoom.savePrivateNote({ meetingId, body: held.privateNote, baseVersion: 0 });
  await runner.meetingRoom.addCommitment({
    meetingId,
    personId: held.attendeeId,
    description: held.commitment,
    dueOn: new Date(Date.now() + WEEK_MS).toISOString().slice(0, 10),
    teamGoalId: null,
  });
  await runner.meetingRoom.close({ meetingId, heldMinutes: 45 });
  return meetingId;
}
