import {
  type MeetingDisplayState,
  meetingDisplayState,
} from "@throughline/domain/rules/meeting-held";
import { and, asc, gte, inArray, lt, ne, type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { collaborationBlock, supportMeeting, team } from "../../schema/index.ts";
import { jsonValue } from "../dashboards/dashboard-json-rows.ts";
import { meetingHeldAt } from "../sql/meeting-held-at.ts";
import { rowsOfResult } from "../sql/result-rows.ts";
import { teamOfBlock, teamOfMeeting } from "../sql/same-district-joins.ts";

/*
 * Parts of the admin overview that stay the same size however big the district: this week's
 * first few meetings and blocks with how many there are in all (counted in the same statement;
 * a district of 2,000 teams sent 354 KB of meetings and 209 KB of blocks before), and a
 * district's walkthrough coverage counted in SQL.
 */

/** The schools in view: a principal's, or every school of the district. */
type Schools = string[] | "all";

function teamsOf(schools: Schools): SQL | undefined {
  return schools === "all" ? undefined : inArray(team.schoolId, schools);
}

const total = sql<number>`(count(*) over ())::int`.mapWith(Number);

interface WeekMeeting {
  id: string;
  title: string;
  teamName: string;
  startsAt: Date;
  display: MeetingDisplayState;
}

/**
 * The week's support meetings (not cancelled, starting in the week, and not held before it) of
 * the schools' teams, the first `limit` by start, and how many in all.
 */
export async function firstMeetingsOfWeek(
  tx: Transaction,
  params: { schools: Schools; weekStart: Date; weekEnd: Date; now: Date; limit: number },
): Promise<{ first: WeekMeeting[]; total: number }> {
  if (params.schools !== "all" && params.schools.length === 0) return { first: [], total: 0 };
  const from = params.weekStart.toISOString();
  const rows = await tx
    .select({
      id: supportMeeting.id,
      title: supportMeeting.title,
      teamName: team.name,
      startsAt: supportMeeting.startsAt,
      endsAt: supportMeeting.endsAt,
      status: supportMeeting.status,
      startedAt: supportMeeting.startedAt,
      closedAt: supportMeeting.closedAt,
      total,
    })
    .from(supportMeeting)
    .innerJoin(team, teamOfMeeting)
    .where(
      and(
        teamsOf(params.schools),
        ne(supportMeeting.status, "cancelled"),
        gte(supportMeeting.startsAt, params.weekStart),
        lt(supportMeeting.startsAt, params.weekEnd),
        // As the meetings list places them: held before the week, it belongs to another.
        sql`${meetingHeldAt()} >= ${from}::timestamptz`,
      ),
    )
    .orderBy(asc(supportMeeting.startsAt), asc(supportMeeting.id))
    .limit(params.limit);
  return {
    first: rows.map(({ total: _total, endsAt, status, startedAt, closedAt, ...row }) => ({
      ...row,
      display: meetingDisplayState({ ...row, endsAt, status, startedAt, closedAt }, params.now),
    })),
    total: rows[0]?.total ?? 0,
  };
}

interface WeekBlock {
  teamId: string;
  teamName: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** The schools' teams' weekly blocks, the first `limit` by weekday and time, and how many in all. */
export async function firstBlocksOfSchools(
  tx: Transaction,
  params: { schools: Schools; limit: number },
): Promise<{ first: WeekBlock[]; total: number }> {
  if (params.schools !== "all" && params.schools.length === 0) return { first: [], total: 0 };
  const rows = await tx
    .select({
      teamId: collaborationBlock.teamId,
      teamName: team.name,
      weekday: collaborationBlock.weekday,
      startMinute: collaborationBlock.startMinute,
      endMinute: collaborationBlock.endMinute,
      total,
    })
    .from(collaborationBlock)
    .innerJoin(team, teamOfBlock)
    .where(teamsOf(params.schools))
    .orderBy(
      asc(collaborationBlock.weekday),
      asc(collaborationBlock.startMinute),
      asc(team.name),
      asc(collaborationBlock.id),
    )
    .limit(params.limit);
  return {
    first: rows.map(({ total: _total, ...row }) => row),
    total: rows[0]?.total ?? 0,
  };
}

/**
 * A district's walkthrough coverage in one statement: its active teachers, how many had a
 * published walkthrough between `from` and `to` (local days), and the first `limit` of the
 * others by name. Coaching observations never count (they are not the principal's to see).
 */
export async function districtWalkthroughCoverage(
  tx: Transaction,
  params: { from: string; to: string; limit: number },
): Promise<{ teachers: number; visited: number; notVisited: { id: string; name: string }[] }> {
  const result: unknown = await tx.execute(sql`with teacher as materialized (
      select distinct person.id, person.display_name as name
      from role_membership
      join person on person.district_id = role_membership.district_id
        and person.id = role_membership.person_id
      where role_membership.role = 'teacher' and person.active
    ), visited as materialized (
      select distinct teacher_id as id from observation
      where kind = 'walkthrough' and status = 'published'
        and observed_on between ${params.from}::date and ${params.to}::date
    )
    select (select count(*)::int from teacher) as teachers,
      (select count(*)::int from teacher where id in (select id from visited)) as visited,
      (select coalesce(json_agg(json_build_object('id', id, 'name', name)), '[]'::json) from (
        select id, name from teacher where id not in (select id from visited)
        order by name, id limit ${params.limit}
      ) first) as "notVisited"`);
  const [row] = rowsOfResult<{ teachers: number; visited: number; notVisited: unknown }>(result);
  return {
    teachers: Number(row?.teachers ?? 0),
    visited: Number(row?.visited ?? 0),
    notVisited: jsonValue(row?.notVisited ?? []),
  };
}
