import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { notify } from "@throughline/db/queries/notifications/notify";
import type { Transaction } from "@throughline/db/tenant";
import type { CatalogueEventKind } from "@throughline/domain/catalogue";
import { catalogueSeatTitle } from "@throughline/domain/catalogue-calendar";

/** The part of a request these notifications need. */
interface Actor {
  tx: Transaction;
  districtId: string;
}

interface EventFacts {
  id: string;
  kind: CatalogueEventKind;
  title: string;
  startsAt: Date;
}

type SeatChange = "registered" | "promoted" | "cancelled" | "event_cancelled";

/**
 * Tells people their seat changed. A seat given (registered, promoted from the waitlist) comes
 * with the event's calendar invitation; a seat taken away (their own cancel, the event
 * cancelled) with the invitation's CANCEL, so the calendar drops it. The email is built from
 * `subjectId`, the event.
 */
export async function notifySeatChange(
  actor: Actor,
  change: SeatChange,
  event: EventFacts,
  recipientIds: readonly string[],
): Promise<void> {
  if (recipientIds.length === 0) return;
  const timeZone = await districtTimeZone(actor.tx, actor.districtId);
  const seatGiven = change === "registered" || change === "promoted";
  await notify(actor.tx, actor.districtId, {
    recipientIds,
    kind: seatGiven ? "catalogue_seat" : "catalogue_cancelled",
    title: catalogueSeatTitle(change, event, timeZone),
    body: seatGiven
      ? "The calendar invitation is attached. If you cannot come, cancel in the catalogue so the next person on the waitlist gets your seat."
      : "The calendar invitation is withdrawn.",
    link: { app: "teacher", path: `/catalogue#event-${event.id}` },
    subjectId: event.id,
  });
}
