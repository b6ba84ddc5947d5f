import type { Transaction } from "@throughline/db/client";
import {
  mayRun,
  meetingRelation,
  type TeamRelation,
} from "@throughline/db/queries/meetings/meeting-access";
import { loadMeetingFacts, type MeetingFacts } from "@throughline/db/queries/meetings/meeting-room";
import type { MeetingStatus } from "@throughline/domain/enums";
import { TRPCError } from "@trpc/server";

/* Who may do what in the meeting room: every decision goes through meeting-access. */

interface Ctx {
  tx: Transaction;
  personId: string;
}

/**
 * The meeting and the viewer's relation to its team: NOT_FOUND when there is no such meeting
 * (in the viewer's district), FORBIDDEN when they have nothing to do with its team.
 */
export async function requireRelated(
  ctx: Ctx,
  meetingId: string,
): Promise<{ meeting: MeetingFacts; relation: TeamRelation }> {
  const found = await meetingRelation(ctx.tx, { personId: ctx.personId, meetingId });
  const meeting = found ? await loadMeetingFacts(ctx.tx, { meetingId }) : null;
  if (!found || !meeting) {
    throw new TRPCError({ code: "NOT_FOUND", message: "There is no such meeting." });
  }
  if (!found.relation) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "This meeting belongs to a team you are not part of.",
    });
  }
  return { meeting, relation: found.relation };
}

/** The meeting, when the viewer runs its team's meetings (facilitator or coach). */
export async function requireRunner(ctx: Ctx, meetingId: string): Promise<MeetingFacts> {
  const { meeting, relation } = await requireRelated(ctx, meetingId);
  if (!mayRun(relation)) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only the team's facilitator or coach can run its meetings.",
    });
  }
  return meeting;
}

const statusWords: Record<MeetingStatus, string> = {
  scheduled: "has not started yet",
  in_progress: "is running",
  closed: "is closed",
  cancelled: "was cancelled",
};

/** CONFLICT unless the meeting is in one of the states the change needs. */
export function requireStatus(
  meeting: MeetingFacts,
  allowed: readonly MeetingStatus[],
  change: string,
): void {
  if (!allowed.includes(meeting.status)) {
    throw new TRPCError({
      code: "CONFLICT",
      message: `You can ${change} only while the meeting ${allowed.map((s) => statusWords[s]).join(" or ")}; this meeting ${statusWords[meeting.status]}.`,
    });
  }
}
