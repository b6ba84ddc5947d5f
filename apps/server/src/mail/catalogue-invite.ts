import {
  type CatalogueEventForCalendar,
  catalogueCalendarEvent,
} from "@throughline/domain/catalogue-calendar";
import type { NotificationKind } from "@throughline/domain/enums";
import { type InvitationContext, itipInvitation } from "../calendar/itip-invitation.ts";

/** The kinds whose email carries a catalogue event's invitation, or its cancel. */
export const CATALOGUE_INVITE_KINDS: ReadonlySet<NotificationKind> = new Set([
  "catalogue_seat",
  "catalogue_cancelled",
]);

/**
 * The iTIP invitation for a teacher's seat at a catalogue event: REQUEST for a seat given,
 * CANCEL for one given up or an event cancelled.
 */
export function catalogueInviteIcs(
  input: InvitationContext & { event: CatalogueEventForCalendar },
): string {
  return itipInvitation({
    event: catalogueCalendarEvent(input.event, input.appUrl, input.timeZone),
    product: "Catalogue invitation",
    organizer: input.organizer,
    attendee: input.attendee,
    now: input.now,
  });
}
