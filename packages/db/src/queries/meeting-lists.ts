import type {
  CoachMeeting,
  MemberAgendaItem,
  MemberMeeting,
  PastMeeting,
} from "@throughline/domain/meeting-schedule";
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, ne, or, sql } from "drizzle-orm";
import type { Transaction } from "../client.ts";
import { meetingAgendaItem, supportMeeting, team, teamMember } from "../schema/index.ts";

/* Lists of meetings: the coach's (teams they run) and a member's (teams they belong to). */

const coachMeetingColumns = {
  id: supportMeeting.id,
  teamId: supportMeeting.teamId,
  teamName: team.name,
  title: supportMeeting.title,
  startsAt: supportMeeting.startsAt,
  endsAt: supportMeeting.endsAt,
  location: supportMeeting.location,
  videoUrl: supportMeeting.videoUrl,
  status: supportMeeting.status,
  seriesId: supportMeeting.seriesId,
  agendaSteps: sql<number>`(select count(*)::int from ${meetingAgendaItem}
    where ${meetingAgendaItem.districtId} = ${supportMeeting.districtId}
      and ${meetingAgendaItem.meetingId} = ${supportMeeting.id})`,
  agendaMinutes: sql<number>`(select coalesce(sum(${meetingAgendaItem.minutes}), 0)::int
    from ${meetingAgendaItem}
    where ${meetingAgendaItem.districtId} = ${supportMeeting.districtId}
      and ${meetingAgendaItem.meetingId} = ${supportMeeting.id})`,
};

function meetingsWithTeam(tx: Transaction) {
  return tx
    .select(coachMeetingColumns)
    .from(supportMeeting)
    .innerJoin(
      team,
      and(eq(team.districtId, supportMeeting.districtId), eq(team.id, supportMeeting.teamId)),
    );
}

/**
 * The given teams' meetings: upcoming (not yet ended, not cancelled, starting before
 * `upcomingUntil`), soonest first; recent (ended since `recentFrom`), latest first.
 */
export async function coachMeetings(
  tx: Transaction,
  params: { teamIds: string[]; now: Date; upcomingUntil: Date; recentFrom: Date },
): Promise<{ upcoming: CoachMeeting[]; recent: CoachMeeting[] }> {
  if (params.teamIds.length === 0) return { upcoming: [], recent: [] };
  const ofTeams = inArray(supportMeeting.teamId, params.teamIds);
  const upcoming = await meetingsWithTeam(tx)
    .where(
      and(
        ofTeams,
        ne(supportMeeting.status, "cancelled"),
        gt(supportMeeting.endsAt, params.now),
        lt(supportMeeting.startsAt, params.upcomingUntil),
      ),
    )
    .orderBy(asc(supportMeeting.startsAt));
  const recent = await meetingsWithTeam(tx)
    .where(
      and(
        ofTeams,
        ne(supportMeeting.status, "cancelled"),
        lte(supportMeeting.endsAt, params.now),
        gte(supportMeeting.startsAt, params.recentFrom),
      ),
    )
    .orderBy(desc(supportMeeting.startsAt));
  return { upcoming, recent };
}

/** Teams the person is on or facilitates. */
function teamOfPerson(personId: string) {
  return or(
    eq(team.facilitatorId, personId),
    sql`exists (select 1 from ${teamMember}
      where ${teamMember.districtId} = ${team.districtId}
        and ${teamMember.teamId} = ${team.id}
        and ${teamMember.personId} = ${personId})`,
  );
}

/**
 * The person's upcoming meetings with their agendas (cancelled ones too, so people see what
 * is off) and their recently closed meetings, for the summary.
 */
export async function memberMeetings(
  tx: Transaction,
  params: { personId: string; now: Date; upcomingUntil: Date; pastFrom: Date },
): Promise<{ upcoming: MemberMeeting[]; past: PastMeeting[] }> {
  const upcomingRows = await meetingsWithTeam(tx)
    .where(
      and(
        teamOfPerson(params.personId),
        inArray(supportMeeting.status, ["scheduled", "in_progress", "cancelled"]),
        gt(supportMeeting.endsAt, params.now),
        lt(supportMeeting.startsAt, params.upcomingUntil),
      ),
    )
    .orderBy(asc(supportMeeting.startsAt));
  const items = await agendasOf(
    tx,
    upcomingRows.map((row) => row.id),
  );
  const past = await tx
    .select({
      id: supportMeeting.id,
      title: supportMeeting.title,
      teamName: team.name,
      startsAt: supportMeeting.startsAt,
    })
    .from(supportMeeting)
    .innerJoin(
      team,
      and(eq(team.districtId, supportMeeting.districtId), eq(team.id, supportMeeting.teamId)),
    )
    .where(
      and(
        teamOfPerson(params.personId),
        eq(supportMeeting.status, "closed"),
        gte(supportMeeting.startsAt, params.pastFrom),
      ),
    )
    .orderBy(desc(supportMeeting.startsAt));
  return {
    upcoming: upcomingRows.map((row) => ({
      id: row.id,
      teamName: row.teamName,
      title: row.title,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      location: row.location,
      videoUrl: row.videoUrl,
      status: row.status,
      repeats: row.seriesId !== null,
      agenda: items.get(row.id) ?? [],
    })),
    past,
  };
}

async function agendasOf(
  tx: Transaction,
  meetingIds: string[],
): Promise<Map<string, MemberAgendaItem[]>> {
  const byMeeting = new Map<string, MemberAgendaItem[]>();
  if (meetingIds.length === 0) return byMeeting;
  const rows = await tx
    .select({
      meetingId: meetingAgendaItem.meetingId,
      id: meetingAgendaItem.id,
      position: meetingAgendaItem.position,
      title: meetingAgendaItem.title,
      purpose: meetingAgendaItem.purpose,
      minutes: meetingAgendaItem.minutes,
      prompts: meetingAgendaItem.prompts,
    })
    .from(meetingAgendaItem)
    .where(inArray(meetingAgendaItem.meetingId, meetingIds))
    .orderBy(asc(meetingAgendaItem.position));
  for (const { meetingId, ...item } of rows) {
    const list = byMeeting.get(meetingId) ?? [];
    list.push(item);
    byMeeting.set(meetingId, list);
  }
  return byMeeting;
}
