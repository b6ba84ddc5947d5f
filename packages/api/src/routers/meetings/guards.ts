import type { Transaction } from "@throughline/db/client";
import { mayRun, meetingRelation } from "@throughline/db/queries/meetings/meeting-access";
import { TRPCError } from "@trpc/server";

/**
 * The meeting, when the viewer may run its team's meetings and it is still scheduled: only a
 * meeting that has not started can be moved or cancelled.
 */
export async function requireRunnableMeeting(
  ctx: { tx: Transaction; personId: string },
  meetingId: string,
  change: "moved" | "cancelled",
) {
  const found = await meetingRelation(ctx.tx, { personId: ctx.personId, meetingId });
  if (!found) {
    throw new TRPCError({ code: "NOT_FOUND", message: "There is no such meeting." });
  }
  if (!mayRun(found.relation)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the team's facilitator or coach can change its meetings.",
    });
  }
  if (found.meeting.status !== "scheduled") {
    throw new TRPCError({
      code: "CONFLICT",
      message: `Only a scheduled meeting can be ${change}; this one is ${found.meeting.status.replace("_", " ")}.`,
    });
  }
  return found.meeting;
}
