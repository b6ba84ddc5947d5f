import {
  cancelCatalogueEvent,
  catalogueEventExists,
  countIndicators,
  createCatalogueEvent,
  eventOfRegistration,
  listCatalogueEventsForAdmin,
  listEventRegistrations,
  markEventAttendance,
  sessionCatalogueOf,
  setSessionCatalogue,
  updateCatalogueEvent,
} from "@throughline/db/queries/catalogue/catalogue-admin";
import { fillFreedSeats, lockEvent } from "@throughline/db/queries/catalogue/event-registrations";
import type { Transaction } from "@throughline/db/tenant";
import {
  type CatalogueEventFields,
  catalogueEventFieldsSchema,
  catalogueEventIdInputSchema,
  markEventAttendanceInputSchema,
  sessionCatalogueInputSchema,
  updateCatalogueEventInputSchema,
} from "@throughline/domain/catalogue";
import { sessionIdInputSchema } from "@throughline/domain/micropd";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { createRouter, districtAdminProcedure } from "../../trpc.ts";
import { notifySeatChange } from "./seat-notifications.ts";

const noSuchEvent = () =>
  new TRPCError({ code: "NOT_FOUND", message: "No such event in your district's catalogue." });

/** Every indicator named must be the district's: an unknown one is a field error, not a 500. */
async function requireIndicators(
  tx: Transaction,
  fields: CatalogueEventFields,
  at: string[],
): Promise<void> {
  const ids = [...new Set(fields.indicatorIds)];
  if ((await countIndicators(tx, ids)) !== ids.length) {
    throw fieldProblem([...at, "indicatorIds"], "Choose indicators of your district's framework");
  }
}

/** The district's catalogue, as its PD admins run it. */
export const catalogueAdminRouter = createRouter({
  /** A session's catalogue fields, for the session editor. */
  session: districtAdminProcedure.input(sessionIdInputSchema).query(async ({ ctx, input }) => {
    const found = await sessionCatalogueOf(ctx.tx, input.sessionId);
    if (!found) {
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "No such MicroPD session in your district.",
      });
    }
    return found;
  }),

  /** Marks a session elective (or not), with the grade bands and subjects it suits. */
  saveSession: districtAdminProcedure
    .input(sessionCatalogueInputSchema)
    .mutation(async ({ ctx, input }) => {
      if (!(await setSessionCatalogue(ctx.tx, input))) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "No such MicroPD session in your district.",
        });
      }
      return sessionCatalogueOf(ctx.tx, input.sessionId);
    }),

  /** Every live session and workshop, newest first, with seats taken and waitlist length. */
  events: districtAdminProcedure.query(({ ctx }) => listCatalogueEventsForAdmin(ctx.tx)),

  createEvent: districtAdminProcedure
    .input(catalogueEventFieldsSchema)
    .mutation(async ({ ctx, input }) => {
      await requireIndicators(ctx.tx, input, []);
      const eventId = await createCatalogueEvent(ctx.tx, {
        districtId: ctx.districtId,
        fields: input,
      });
      return { eventId };
    }),

  /**
   * Saves an event's changes. More seats go at once to the waitlist, in order; fewer seats never
   * take a seat from someone who has one (the limit is refused below the seats taken).
   */
  updateEvent: districtAdminProcedure
    .input(updateCatalogueEventInputSchema)
    .mutation(async ({ ctx, input }) => {
      const now = new Date();
      const event = await lockEvent(ctx.tx, input.eventId);
      if (!event) throw noSuchEvent();
      if (event.cancelledAt) {
        throw new TRPCError({ code: "BAD_REQUEST", message: "This event was cancelled." });
      }
      await requireIndicators(ctx.tx, input.event, ["event"]);
      const registrations = await listEventRegistrations(ctx.tx, event.id);
      const taken = registrations.filter(
        (row) => row.status === "registered" || row.status === "attended",
      ).length;
      if (input.event.seatLimit < taken) {
        throw fieldProblem(
          ["event", "seatLimit"],
          `${taken} teachers have a seat already: keep at least ${taken} seats`,
        );
      }
      await updateCatalogueEvent(ctx.tx, {
        districtId: ctx.districtId,
        event,
        fields: input.event,
      });
      const promoted = await fillFreedSeats(
        ctx.tx,
        { ...event, seatLimit: input.event.seatLimit },
        now,
      );
      await notifySeatChange(ctx, "promoted", { ...event, ...input.event }, promoted);
      return { promoted: promoted.length };
    }),

  /** Cancels the event: everyone with a seat or a waitlist place is told, invitations withdrawn. */
  cancelEvent: districtAdminProcedure
    .input(catalogueEventIdInputSchema)
    .mutation(async ({ ctx, input }) => {
      const event = await lockEvent(ctx.tx, input.eventId);
      if (!event) throw noSuchEvent();
      if (event.cancelledAt) return { told: 0 };
      const people = await cancelCatalogueEvent(ctx.tx, { eventId: event.id, now: new Date() });
      await notifySeatChange(ctx, "event_cancelled", event, people);
      return { told: people.length };
    }),

  /** The event's seats and waitlist, in order. */
  registrations: districtAdminProcedure
    .input(catalogueEventIdInputSchema)
    .query(async ({ ctx, input }) => {
      if (!(await catalogueEventExists(ctx.tx, input.eventId))) throw noSuchEvent();
      return listEventRegistrations(ctx.tx, input.eventId);
    }),

  /** Records whether a seat holder attended; attending credits the event's PD minutes. */
  markAttendance: districtAdminProcedure
    .input(markEventAttendanceInputSchema)
    .mutation(async ({ ctx, input }) => {
      const eventId = await eventOfRegistration(ctx.tx, input.registrationId);
      const event = eventId ? await lockEvent(ctx.tx, eventId) : null;
      if (!event) {
        throw new TRPCError({
          code: "NOT_FOUND",
          message: "No such registration in your district.",
        });
      }
      const marked = await markEventAttendance(ctx.tx, { ...input, pdMinutes: event.pdMinutes });
      if (!marked) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "Only a teacher with a seat can be marked as attending.",
        });
      }
      return { attended: input.attended };
    }),
});
