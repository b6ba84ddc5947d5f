import {
  districtTimeZone,
  meetingsForNotice,
  teamMemberIds,
} from "@throughline/db/queries/notifications/notice-facts";
import { notify } from "@throughline/db/queries/notifications/notify";
import type { Transaction } from "@throughline/db/tenant";
import type { NotificationKind } from "@throughline/domain/enums";
import {
  type MeetingChange,
  meetingBody,
  meetingChangeTitle,
  seriesChangeTitle,
} from "@throughline/domain/notification-text";

/** The part of a request these notifications need: who acted, in which district. */
interface Actor {
  tx: Transaction;
  districtId: string;
  personId: string;
}

const kindOf: Record<MeetingChange, NotificationKind> = {
  scheduled: "meeting_scheduled",
  changed: "meeting_changed",
  cancelled: "meeting_cancelled",
};

/**
 * Tells the team's members (not the person who made the change) that its support meeting was
 * scheduled, moved or cancelled. Several meetings at once (a series, or "this and following")
 * are one notification describing them, about the first: the calendar invitation is built from
 * it. The link opens the meeting in the teacher app, which every member may read.
 */
export async function notifyMeetingChange(
  actor: Actor,
  change: MeetingChange,
  meetingIds: readonly string[],
): Promise<void> {
  const meetings = await meetingsForNotice(actor.tx, meetingIds);
  const first = meetings[0];
  const last = meetings.at(-1);
  if (!first || !last) return;
  const [timeZone, members] = await Promise.all([
    districtTimeZone(actor.tx, actor.districtId),
    teamMemberIds(actor.tx, first.teamId),
  ]);
  const title =
    meetings.length > 1 && change !== "changed"
      ? seriesChangeTitle(
          change,
          {
            teamName: first.teamName,
            firstStartsAt: first.startsAt,
            lastStartsAt: last.startsAt,
            count: meetings.length,
          },
          timeZone,
        )
      : meetingChangeTitle(change, first, timeZone);
  await notify(actor.tx, actor.districtId, {
    recipientIds: members.filter((id) => id !== actor.personId),
    kind: kindOf[change],
    title,
    body: meetingBody(first),
    link: { app: "teacher", path: `/meetings/${first.id}` },
    subjectId: first.id,
  });
}
