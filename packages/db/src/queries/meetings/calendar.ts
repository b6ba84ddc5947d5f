import type { MeetingForCalendar, WorkshopForCalendar } from "@throughline/domain/calendar";
import {
  and,
  asc,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  calendarFeed,
  cohort,
  enrolment,
  meetingAgendaItem,
  person,
  stage,
  supportMeeting,
  team,
  teamMember,
} from "../../schema/index.ts";
import { workshopColumns } from "../cohorts/workshop-columns.ts";
import { groupByField } from "../shared/group-rows.ts";
import { stageOfCohort, teamOfMeeting, tenantJoin } from "../sql/same-district-joins.ts";
import { meetingColumns } from "./meeting-columns.ts";

export interface CalendarWindow {
  personId: string;
  /** Events that end at or after this instant. */
  from: Date;
  /** Events that start before this instant; no limit when absent. */
  until?: Date;
}

/**
 * The support meetings of every team the person is a member of or facilitates, cancelled ones
 * included (calendar apps need them to strike the event off), earliest first.
 */
export async function listCalendarMeetings(
  tx: Transaction,
  window: CalendarWindow,
): Promise<MeetingForCalendar[]> {
  const onTeam = or(
    eq(team.facilitatorId, window.personId),
    sql`exists (
      select 1 from ${teamMember}
      where ${teamMember.districtId} = ${team.districtId}
        and ${teamMember.teamId} = ${team.id}
        and ${teamMember.personId} = ${window.personId}
    )`,
  );
  return meetingsForCalendar(
    tx,
    and(
      onTeam,
      gte(supportMeeting.endsAt, window.from),
      window.until ? lt(supportMeeting.startsAt, window.until) : undefined,
    ),
  );
}

/**
 * The support meetings `where` picks, as a calendar event (a feed's or an emailed invitation's)
 * shows them: with their team's name and agenda, earliest first. Two statements.
 */
export async function meetingsForCalendar(
  tx: Transaction,
  where: SQL | undefined,
): Promise<MeetingForCalendar[]> {
  const meetings = await tx
    .select({
      ...meetingColumns,
      sequence: supportMeeting.sequence,
    })
    .from(supportMeeting)
    .innerJoin(team, teamOfMeeting)
    .where(where)
    .orderBy(asc(supportMeeting.startsAt), asc(supportMeeting.id));
  const agendas = await agendasOf(
    tx,
    meetings.map((meeting) => meeting.id),
  );
  return meetings.map((meeting) => ({ ...meeting, agenda: agendas.get(meeting.id) ?? [] }));
}

/** The agenda steps of the given meetings, in order, by meeting id. One query. */
async function agendasOf(
  tx: Transaction,
  meetingIds: string[],
): Promise<Map<string, MeetingForCalendar["agenda"]>> {
  if (meetingIds.length === 0) return new Map();
  const items = await tx
    .select({
      meetingId: meetingAgendaItem.meetingId,
      title: meetingAgendaItem.title,
      minutes: meetingAgendaItem.minutes,
    })
    .from(meetingAgendaItem)
    .where(inArray(meetingAgendaItem.meetingId, meetingIds))
    .orderBy(asc(meetingAgendaItem.meetingId), asc(meetingAgendaItem.position));
  return groupByField(items, "meetingId");
}

/**
 * The introductory workshops of the cohorts the person is actively enrolled in or coaches;
 * a workshop ends `workshop_minutes` after it starts.
 */
export async function listCalendarWorkshops(
  tx: Transaction,
  window: CalendarWindow,
): Promise<WorkshopForCalendar[]> {
  const endsAt = sql`${cohort.workshopStartsAt} + make_interval(mins => ${cohort.workshopMinutes})`;
  const inCohort = or(
    eq(cohort.coachId, window.personId),
    sql`exists (
      select 1 from ${enrolment}
      where ${enrolment.districtId} = ${cohort.districtId}
        and ${enrolment.cohortId} = ${cohort.id}
        and ${enrolment.personId} = ${window.personId}
        and ${enrolment.status} = 'active'
    )`,
  );
  const rows = await tx
    .select({
      cohortId: cohort.id,
      cohortName: cohort.name,
      stageTitle: stage.title,
      ...workshopColumns,
    })
    .from(cohort)
    .innerJoin(stage, stageOfCohort)
    .where(
      and(
        inCohort,
        isNotNull(cohort.workshopStartsAt),
        // As ISO text: postgres.js does not serialize a bare Date inside raw SQL.
        sql`${endsAt} >= ${window.from.toISOString()}::timestamptz`,
        window.until ? lt(cohort.workshopStartsAt, window.until) : undefined,
      ),
    )
    .orderBy(asc(cohort.workshopStartsAt), asc(cohort.id));
  return rows.flatMap(({ startsAt, ...rest }) => (startsAt ? [{ ...rest, startsAt }] : []));
}

export interface LiveFeed {
  id: string;
  createdAt: Date;
}

/** The person's live (not revoked) feed, if any. */
export async function findLiveFeed(
  tx: Transaction,
  params: { personId: string },
): Promise<LiveFeed | null> {
  const [found] = await tx
    .select({ id: calendarFeed.id, createdAt: calendarFeed.createdAt })
    .from(calendarFeed)
    .where(and(eq(calendarFeed.personId, params.personId), isNull(calendarFeed.revokedAt)))
    .orderBy(desc(calendarFeed.createdAt))
    .limit(1);
  return found ?? null;
}

/** Revokes every live feed of the person; returns how many there were. */
export async function revokeFeeds(
  tx: Transaction,
  params: { personId: string; now: Date },
): Promise<number> {
  const revoked = await tx
    .update(calendarFeed)
    .set({ revokedAt: params.now })
    .where(and(eq(calendarFeed.personId, params.personId), isNull(calendarFeed.revokedAt)))
    .returning({ id: calendarFeed.id });
  return revoked.length;
}

/**
 * Starts a new feed for the person, revoking the old one in the same transaction, so a person
 * never has two live links and the old one stops working at once.
 */
export async function createFeed(
  tx: Transaction,
  params: { districtId: string; personId: string; tokenHash: string; now: Date },
): Promise<LiveFeed> {
  await revokeFeeds(tx, params);
  const [created] = await tx
    .insert(calendarFeed)
    .values({
      districtId: params.districtId,
      personId: params.personId,
      tokenHash: params.tokenHash,
      createdAt: params.now,
    })
    .returning({ id: calendarFeed.id, createdAt: calendarFeed.createdAt });
  if (!created) throw new Error("The calendar feed was not saved.");
  return created;
}

export interface FeedOwner {
  personId: string;
  displayName: string;
}

/** Whose live feed this token hash opens; null for a revoked or unknown token or an inactive person. */
export async function findFeedOwnerByTokenHash(
  tx: Transaction,
  params: { tokenHash: string },
): Promise<FeedOwner | null> {
  const [found] = await tx
    .select({ personId: person.id, displayName: person.displayName })
    .from(calendarFeed)
    .innerJoin(person, tenantJoin(person, calendarFeed, calendarFeed.personId))
    .where(
      and(
        eq(calendarFeed.tokenHash, params.tokenHash),
        isNull(calendarFeed.revokedAt),
        eq(person.active, true),
      ),
    )
    .limit(1);
  return found ?? null;
}
