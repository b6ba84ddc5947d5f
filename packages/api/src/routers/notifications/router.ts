import {
  countUnreadNotifications,
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from "@throughline/db/queries/notifications/notification-centre";
import {
  audiencesOf,
  kindsFor,
  loadNotificationPreferences,
  saveNotificationPreferences,
} from "@throughline/db/queries/notifications/notification-preferences";
import type { NotificationKind } from "@throughline/domain/enums";
import {
  type NotificationCentre,
  type NotificationPreferences,
  notificationIdInputSchema,
  notificationKinds,
  notificationListInputSchema,
  notificationPreferencesInputSchema,
} from "@throughline/domain/notification";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure, createRouter } from "../../trpc.ts";

/** Everyone's own notification centre and email choices, in every app. */
export const notificationsRouter = createRouter({
  /** The latest notifications (newest first) and the unread count for the bell. */
  centre: authedProcedure
    .input(notificationListInputSchema)
    .query(async ({ ctx, input }): Promise<NotificationCentre> => {
      const [page, unread] = await Promise.all([
        listNotifications(ctx.tx, { personId: ctx.personId, ...input }),
        countUnreadNotifications(ctx.tx, { personId: ctx.personId }),
      ]);
      return { unread, ...page };
    }),

  markRead: authedProcedure.input(notificationIdInputSchema).mutation(async ({ ctx, input }) => {
    const marked = await markNotificationRead(ctx.tx, {
      personId: ctx.personId,
      notificationId: input.notificationId,
    });
    if (!marked) {
      throw new TRPCError({ code: "NOT_FOUND", message: "There is no such notification for you." });
    }
    return { notificationId: input.notificationId };
  }),

  markAllRead: authedProcedure.mutation(async ({ ctx }) => {
    const marked = await markAllNotificationsRead(ctx.tx, { personId: ctx.personId });
    return { marked };
  }),

  preferences: authedProcedure.query(({ ctx }): Promise<NotificationPreferences> => {
    return loadNotificationPreferences(ctx.tx, {
      personId: ctx.personId,
      audiences: audiencesOf(ctx.viewer),
    });
  }),

  savePreferences: authedProcedure
    .input(notificationPreferencesInputSchema)
    .mutation(async ({ ctx, input }): Promise<NotificationPreferences> => {
      const audiences = audiencesOf(ctx.viewer);
      const allowed = new Set(kindsFor(audiences));
      // The schema admits only known kinds as keys.
      for (const kind of Object.keys(input.emailModes) as NotificationKind[]) {
        if (!allowed.has(kind)) {
          throw fieldProblem(
            ["emailModes", kind],
            `"${notificationKinds[kind].label}" is not sent to you.`,
          );
        }
      }
      await saveNotificationPreferences(ctx.tx, {
        districtId: ctx.districtId,
        personId: ctx.personId,
        ...input,
      });
      return loadNotificationPreferences(ctx.tx, { personId: ctx.personId, audiences });
    }),
});
