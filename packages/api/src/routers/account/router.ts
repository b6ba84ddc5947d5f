import {
  listUserSessions,
  revokeOtherUserSessions,
  revokeUserSession,
} from "@throughline/db/queries/accounts/account-sessions";
import { revokeSessionInputSchema } from "@throughline/domain/account";
import { describeUserAgent } from "@throughline/domain/rules/device-label";
import { TRPCError } from "@trpc/server";
import { accountProcedure } from "../../accounts/account-procedure.ts";
import { createRouter } from "../../trpc.ts";

/**
 * A person's own account, in every app: the devices they are signed in on, by session id and
 * what the device said about itself. Session tokens never leave the server; a device is signed
 * out by its id, and only the viewer's own.
 */
export const accountRouter = createRouter({
  /** Signed-in devices: "This device" (the one asking) first, then the most recently active. */
  sessions: accountProcedure.query(async ({ ctx }) => {
    const current = ctx.session;
    const sessions = await listUserSessions(ctx.tx, { userId: current.userId, now: new Date() });
    // This device first, then the others by when they were last active.
    const ordered = [
      ...sessions.filter((device) => device.id === current.id),
      ...sessions.filter((device) => device.id !== current.id),
    ];
    return ordered.map((device) => ({
      id: device.id,
      ...describeUserAgent(device.userAgent),
      ipAddress: device.ipAddress || null,
      signedInAt: device.signedInAt,
      lastActiveAt: device.lastActiveAt,
      current: device.id === current.id,
    }));
  }),

  /** Signs one of the viewer's devices out. Another person's session is "not found". */
  revokeSession: accountProcedure
    .input(revokeSessionInputSchema)
    .mutation(async ({ ctx, input }) => {
      const current = ctx.session;
      const revoked = await revokeUserSession(ctx.tx, {
        userId: current.userId,
        sessionId: input.sessionId,
      });
      if (!revoked) throw new TRPCError({ code: "NOT_FOUND", message: "No such device." });
      return { signedOutHere: input.sessionId === current.id };
    }),

  /** Signs out every device but this one. */
  revokeOtherSessions: accountProcedure.mutation(async ({ ctx }) => {
    const current = ctx.session;
    const count = await revokeOtherUserSessions(ctx.tx, {
      userId: current.userId,
      keepSessionId: current.id,
    });
    return { signedOut: count };
  }),
});
