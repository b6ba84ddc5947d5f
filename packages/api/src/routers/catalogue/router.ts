import {
  listElectiveSessions,
  listUpcomingEvents,
} from "@throughline/db/queries/catalogue/catalogue-read";
import {
  cancelRegistration,
  type LockedEvent,
  lockEvent,
  registerForEvent,
} from "@throughline/db/queries/catalogue/event-registrations";
import type { Transaction } from "@throughline/db/tenant";
import {
  type CatalogueIndicator,
  type CatalogueItem,
  catalogueEventIdInputSchema,
  catalogueSearchInputSchema,
} from "@throughline/domain/catalogue";
import { matchesCatalogueSearch } from "@throughline/domain/catalogue-rules";
import { TRPCError } from "@trpc/server";
import { createRouter, teacherProcedure } from "../../trpc.ts";
import { notifySeatChange } from "./seat-notifications.ts";

/** The event, locked for this request's seat counting; refused when it takes no registrations. */
async function openEvent(tx: Transaction, eventId: string, now: Date): Promise<LockedEvent> {
  const event = await lockEvent(tx, eventId);
  if (!event) {
    throw new TRPCError({
      code: "NOT_FOUND",
      message: "No such event in your district's catalogue.",
    });
  }
  if (event.cancelledAt) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "This event was cancelled." });
  }
  if (event.startsAt <= now) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This event has started: registrations are closed.",
    });
  }
  return event;
}

export const catalogueRouter = createRouter({
  /**
   * The catalogue: elective MicroPD sessions any teacher may take, and upcoming live sessions
   * and workshops, filtered by the search; with every indicator the catalogue addresses, for
   * the indicator filter.
   */
  search: teacherProcedure.input(catalogueSearchInputSchema).query(async ({ ctx, input }) => {
    const now = new Date();
    const [sessions, events] = await Promise.all([
      listElectiveSessions(ctx.tx, { personId: ctx.personId }),
      listUpcomingEvents(ctx.tx, { personId: ctx.personId, now }),
    ]);
    const all: CatalogueItem[] = [...sessions, ...events];
    const indicators = new Map<string, CatalogueIndicator>();
    for (const item of all) for (const found of item.indicators) indicators.set(found.id, found);
    return {
      items: all.filter((item) => matchesCatalogueSearch(item, input)),
      total: all.length,
      indicators: [...indicators.values()].sort((a, b) =>
        a.code.localeCompare(b.code, "en", { numeric: true }),
      ),
    };
  }),

  /** Registers the teacher: a seat while one is free, else a place on the waitlist. */
  register: teacherProcedure.input(catalogueEventIdInputSchema).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const event = await openEvent(ctx.tx, input.eventId, now);
    const outcome = await registerForEvent(ctx.tx, {
      districtId: ctx.districtId,
      personId: ctx.personId,
      event,
      now,
    });
    if (outcome.changed && outcome.status === "registered") {
      await notifySeatChange(ctx, "registered", event, [ctx.personId]);
    }
    return { status: outcome.status, waitlistPosition: outcome.waitlistPosition };
  }),

  /**
   * Cancels the teacher's seat or waitlist place. A freed seat goes to the first person waiting,
   * who is told (with the invitation); the teacher's own calendar gets the invitation's cancel.
   */
  cancel: teacherProcedure.input(catalogueEventIdInputSchema).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const event = await openEvent(ctx.tx, input.eventId, now);
    const outcome = await cancelRegistration(ctx.tx, { personId: ctx.personId, event, now });
    if (outcome.kind === "not_registered") {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "You are not registered for this event.",
      });
    }
    if (outcome.kind === "attended") {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "Your attendance is recorded already: the registration stays.",
      });
    }
    if (outcome.heldSeat) await notifySeatChange(ctx, "cancelled", event, [ctx.personId]);
    await notifySeatChange(ctx, "promoted", event, outcome.promotedPersonIds);
    return { promoted: outcome.promotedPersonIds.length };
  }),
});
