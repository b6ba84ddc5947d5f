import {
  listUserSessions,
  revokeOtherUserSessions,
  revokeUserSession,
} from "@throughline/db/queries/accounts/account-sessions";
import {
  chooseSessionDistrict,
  listSignInDistricts,
} from "@throughline/db/queries/accounts/sign-in-districts";
import { chooseDistrictInputSchema, revokeSessionInputSchema } from "@throughline/domain/account";
import { describeUserAgent } from "@throughline/domain/rules/device-label";
import { TRPCError } from "@trpc/server";
import { accountProcedure } from "../../accounts/account-procedure.ts";
import { signedInSessionProcedure } from "../../accounts/session-procedure.ts";
import { createRouter } from "../../trpc.ts";

/**
 * A person's own account, in every app: the devices they are signed in on, by session id and
 * what the device said about itself. Session tokens never leave the server; a device is signed
 * out by its id, and only the viewer's own.
 */
export const accountRouter = createRouter({
  /**
   * The districts this sign-in belongs to (a regional coach, a partner reviewer) and the one this
   * session has opened (null: not chosen yet, and the apps ask).
   */
  districts: signedInSessionProcedure.query(async ({ ctx }) => {
    const districts = await listSignInDistricts(ctx.db, ctx.session.userId);
    return {
      current: ctx.session.districtId,
      districts: districts.map((district) => ({
        id: district.districtId,
        name: district.districtName,
        personName: district.personName,
      })),
    };
  }),

  /** Opens one of the sign-in's districts in this session (its other devices keep theirs). */
  chooseDistrict: signedInSessionProcedure
    .input(chooseDistrictInputSchema)
    .mutation(async ({ ctx, input }) => {
      const chosen = await chooseSessionDistrict(ctx.db, {
        sessionId: ctx.session.id,
        userId: ctx.session.userId,
        districtId: input.districtId,
      });
      // Another district's id reads like one that does not exist.
      if (!chosen) throw new TRPCError({ code: "NOT_FOUND", message: "No such district." });
      // This process may keep the session's old viewer until the change's notice arrives.
      ctx.sessionCache?.forgetAll();
      return { districtId: input.districtId };
    }),

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
