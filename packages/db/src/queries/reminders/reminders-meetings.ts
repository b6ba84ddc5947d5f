import { meetingBody, meetingReminderTitle } from "@throughline/domain/notification-text";
import { meetingRemindersDue } from "@throughline/domain/rules/reminders";
import { and, eq, gt, inArray, lte } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { supportMeeting, team, teamMember } from "../../schema/index.ts";
import { notify } from "../notifications/notify.ts";
import { teamOfMeeting } from "../sql/same-district-joins.ts";
import type { ReminderContext } from "./reminder-context.ts";
import { alreadyTold } from "./reminders-sent.ts";

const minuteMs = 60_000;

/**
 * Reminds each team member of a support meeting coming up, once per lead time the district
 * chose (a day and an hour before by default). Linked to the meeting's page in the teacher app,
 * which every member may open.
 */
export async function remindMeetings(tx: Transaction, context: ReminderContext): Promise<number> {
  const { now, timeZone, meetingReminderMinutes } = context;
  const longest = Math.max(0, ...meetingReminderMinutes);
  if (longest === 0) return 0;
  const meetings = await tx
    .select({
      meetingId: supportMeeting.id,
      teamId: supportMeeting.teamId,
      teamName: team.name,
      title: supportMeeting.title,
      location: supportMeeting.location,
      startsAt: supportMeeting.startsAt,
      status: supportMeeting.status,
    })
    .from(supportMeeting)
    .innerJoin(team, teamOfMeeting)
    .where(
      and(
        eq(supportMeeting.status, "scheduled"),
        gt(supportMeeting.startsAt, now),
        lte(supportMeeting.startsAt, new Date(now.getTime() + longest * minuteMs)),
      ),
    );
  const due = meetingRemindersDue(meetings, meetingReminderMinutes, now);
  if (due.length === 0) return 0;
  const members = await tx
    .select({ teamId: teamMember.teamId, personId: teamMember.personId })
    .from(teamMember)
    .where(inArray(teamMember.teamId, [...new Set(meetings.map((row) => row.teamId))]));
  const byId = new Map(meetings.map((row) => [row.meetingId, row]));
  const told = await alreadyTold(
    tx,
    due.map((reminder) => reminder.dedupeKey),
  );
  let written = 0;
  for (const reminder of due) {
    const meeting = byId.get(reminder.meetingId);
    if (!meeting) continue;
    const recipientIds = members
      .filter((member) => member.teamId === meeting.teamId)
      .map((member) => member.personId)
      .filter((personId) => !told(personId, reminder.dedupeKey));
    if (recipientIds.length === 0) continue;
    written += await notify(
      tx,
      context.districtId,
      {
        recipientIds,
        kind: "meeting_reminder",
        title: meetingReminderTitle(meeting, timeZone),
        body: meetingBody(meeting),
        link: { app: "teacher", path: `/meetings/${meeting.meetingId}` },
        subjectId: meeting.meetingId,
        dedupeKey: reminder.dedupeKey,
      },
      now,
    );
  }
  return written;
}
