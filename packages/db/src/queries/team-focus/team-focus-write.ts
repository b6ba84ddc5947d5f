import type { SetTeamFocusInput } from "@throughline/domain/team-focus";
import { and, asc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  meetingAgendaItem,
  micropdSession,
  supportMeeting,
  teamFocus,
  teamFocusIndicator,
  teamFocusSession,
} from "../../schema/index.ts";
import { nextPosition } from "../sql/next-position.ts";

/** The agenda item a team's focus is written into; found again by it when the focus changes. */
const FOCUS_AGENDA_TITLE = "Our next focus";

/** Records a new focus for the team; earlier ones stay as its history. */
export async function saveTeamFocus(
  tx: Transaction,
  params: { districtId: string; setById: string; input: SetTeamFocusInput },
): Promise<string> {
  const { districtId, input } = params;
  const [created] = await tx
    .insert(teamFocus)
    .values({
      districtId,
      teamId: input.teamId,
      setById: params.setById,
      reason: input.reason ?? "",
    })
    .returning({ id: teamFocus.id });
  if (!created) throw new Error("The team's focus was not recorded.");
  await tx
    .insert(teamFocusIndicator)
    .values(
      input.indicatorIds.map((indicatorId) => ({ districtId, focusId: created.id, indicatorId })),
    );
  if (input.sessionIds.length > 0) {
    await tx.insert(teamFocusSession).values(
      input.sessionIds.map((sessionId, position) => ({
        districtId,
        focusId: created.id,
        sessionId,
        position,
      })),
    );
  }
  return created.id;
}

/** The team's next meeting still to be held, or null. */
export async function nextScheduledMeeting(
  tx: Transaction,
  params: { teamId: string; now: Date },
): Promise<{ id: string; title: string; startsAt: Date } | null> {
  const [row] = await tx
    .select({
      id: supportMeeting.id,
      title: supportMeeting.title,
      startsAt: supportMeeting.startsAt,
    })
    .from(supportMeeting)
    .where(
      and(
        eq(supportMeeting.teamId, params.teamId),
        eq(supportMeeting.status, "scheduled"),
        gt(supportMeeting.startsAt, params.now),
      ),
    )
    .orderBy(asc(supportMeeting.startsAt))
    .limit(1);
  return row ?? null;
}

/**
 * Puts the focus on the meeting's agenda: the item written for it before is rewritten (the
 * focus changed again before the meeting), otherwise a new item goes last.
 */
export async function putFocusOnAgenda(
  tx: Transaction,
  params: { districtId: string; meetingId: string; purpose: string; prompts: string[] },
): Promise<string> {
  const [existing] = await tx
    .select({ id: meetingAgendaItem.id })
    .from(meetingAgendaItem)
    .where(
      and(
        eq(meetingAgendaItem.meetingId, params.meetingId),
        isNull(meetingAgendaItem.protocolId),
        eq(meetingAgendaItem.title, FOCUS_AGENDA_TITLE),
      ),
    )
    .limit(1);
  if (existing) {
    await tx
      .update(meetingAgendaItem)
      .set({ purpose: params.purpose, prompts: params.prompts })
      .where(eq(meetingAgendaItem.id, existing.id));
    return existing.id;
  }
  const [created] = await tx
    .insert(meetingAgendaItem)
    .values({
      districtId: params.districtId,
      meetingId: params.meetingId,
      // Positions run 1..n, as scheduling writes them.
      position: nextPosition(
        meetingAgendaItem.position,
        eq(meetingAgendaItem.meetingId, params.meetingId),
      ),
      protocolId: null,
      title: FOCUS_AGENDA_TITLE,
      purpose: params.purpose,
      minutes: 10,
      prompts: params.prompts,
    })
    .returning({ id: meetingAgendaItem.id });
  if (!created) throw new Error("The agenda item was not added.");
  return created.id;
}

/** How many of the ids are MicroPD sessions of the district. */
export async function countMicropdSessions(
  tx: Transaction,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(micropdSession)
    .where(inArray(micropdSession.id, [...ids]));
  return row?.count ?? 0;
}
