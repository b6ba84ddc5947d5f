import { type MeetingForCalendar, meetingEvent } from "@throughline/domain/calendar";
import type { NotificationKind } from "@throughline/domain/enums";
import { type InvitationContext, itipInvitation } from "../calendar/itip-invitation.ts";

/** The kinds whose email carries the meeting's invitation. */
export const INVITE_KINDS: ReadonlySet<NotificationKind> = new Set([
  "meeting_scheduled",
  "meeting_changed",
  "meeting_cancelled",
]);

/**
 * The iTIP invitation for one support meeting: REQUEST, or CANCEL when it was cancelled.
 */
export function meetingInviteIcs(
  input: InvitationContext & { meeting: MeetingForCalendar },
): string {
  return itipInvitation({
    event: meetingEvent(input.meeting, input.appUrl, input.timeZone),
    product: "Meeting invitation",
    organizer: input.organizer,
    attendee: input.attendee,
    now: input.now,
  });
}
