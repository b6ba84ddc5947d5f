import { type SQL, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { cohort, enrolment, team, teamMember } from "../../schema/index.ts";
import { rowsOfResult } from "../sql/result-rows.ts";

/*
 * Which teams and teachers a coach sees, in one place: the coach's home, the caseload and the
 * team view all ask the same question and must give the same answer.
 */

/**
 * Ids of the teams a coach sees: the ones they facilitate, and those with a member (not
 * withdrawn) in a cohort they coach. Built from the coach's own rows (their teams, their
 * cohorts' enrolments) through their indexes; names are written in full so the fragment means
 * the same wherever it is embedded (drizzle leaves a select field's columns unqualified).
 */
function visibleTeamIds(personId: string): SQL {
  return sql`(
    select visible_team.id from ${team} visible_team
    where visible_team.facilitator_id = ${personId}
    union
    select coached_member.team_id
    from ${cohort} coached_cohort
    join ${enrolment} coached_enrolment
      on coached_enrolment.district_id = coached_cohort.district_id
      and coached_enrolment.cohort_id = coached_cohort.id
    join ${teamMember} coached_member
      on coached_member.district_id = coached_enrolment.district_id
      and coached_member.person_id = coached_enrolment.person_id
    where coached_cohort.coach_id = ${personId}
      and coached_enrolment.status <> 'withdrawn'
  )`;
}

/**
 * Whether the (unaliased) `team` of the enclosing query is one the coach sees. As an array the
 * ids are computed once and looked up in the team key, where a semi-join reads every team of
 * the district. Both sides are the tenant's rows (row-level security), so the id alone is the key.
 */
export function teamVisibleTo(personId: string): SQL {
  return sql`("team"."id" = any(array${visibleTeamIds(personId)}))`;
}

export interface CoachedTeam {
  id: string;
  name: string;
  schoolName: string;
  facilitatorName: string | null;
}

export interface CoachedTeamMember {
  teamId: string;
  personId: string;
  displayName: string;
}

/** One row of `teamsWithMembersSql`: a team with one member, or with none (member null). */
export interface TeamMemberRow {
  id: string;
  name: string;
  schoolName: string;
  facilitatorName: string | null;
  teamOrder: number;
  memberId: string | null;
  memberName: string | null;
}

/**
 * The teams `where` picks and their active members, one row per team and member (a team
 * without active members is one row with no member, so it is still listed), unordered; each
 * team's place in school and team name order when `byName`. Each team's school and members are
 * looked up through the team's keys (a lateral join per team, and each member's person by key as
 * above): joined plainly, the school was found by hashing all the district's schools.
 * Written by hand, so its text is built once per shape and its rows come back unmapped: built
 * by drizzle it cost node about as much processor time as PostgreSQL spent running it.
 */
export function teamsWithMembersSql(params: { where: SQL; byName: boolean }): SQL {
  // A team's place in name order, the same on each of its rows (one per member).
  const teamOrder = params.byName
    ? sql`(dense_rank() over (order by school.name, team.name))::int`
    : sql`0`;
  return sql`select team.id, team.name,
      school.name as "schoolName", facilitator.display_name as "facilitatorName",
      ${teamOrder} as "teamOrder",
      member.person_id as "memberId", member.display_name as "memberName"
    from team
    join lateral (
      select school.name from school
      where school.district_id = team.district_id and school.id = team.school_id
      limit 1
    ) school on true
    left join person facilitator
      on facilitator.district_id = team.district_id and facilitator.id = team.facilitator_id
    left join lateral (
      select team_member.person_id, member_person.display_name
      from team_member
      join lateral (
        select person.display_name from person
        where person.district_id = team_member.district_id
          and person.id = team_member.person_id and person.active
        limit 1
      ) member_person on true
      where team_member.district_id = team.district_id and team_member.team_id = team.id
    ) member on true
    where ${params.where}`;
}

/** The teams (in their order) and the members (in the rows' order) of team-and-member rows. */
export function teamsAndMembersOf(rows: readonly TeamMemberRow[]): {
  teams: CoachedTeam[];
  members: CoachedTeamMember[];
} {
  const teams = new Map<string, CoachedTeam & { order: number }>();
  const members: CoachedTeamMember[] = [];
  for (const row of rows) {
    if (!teams.has(row.id)) {
      const { id, name, schoolName, facilitatorName, teamOrder } = row;
      teams.set(id, { id, name, schoolName, facilitatorName, order: teamOrder });
    }
    if (row.memberId !== null && row.memberName !== null) {
      members.push({ teamId: row.id, personId: row.memberId, displayName: row.memberName });
    }
  }
  return {
    teams: [...teams.values()]
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, ...rest }) => rest),
    members,
  };
}

/**
 * The teams `where` picks (in school and team name order when `byName`) and their active
 * members by name, in one statement (`teamsWithMembersSql`).
 */
export async function loadTeamsWithMembers(
  tx: Transaction,
  params: { where: SQL; byName: boolean },
): Promise<{ teams: CoachedTeam[]; members: CoachedTeamMember[] }> {
  const result: unknown = await tx.execute(
    sql`${teamsWithMembersSql(params)} order by "memberName"`,
  );
  return teamsAndMembersOf(rowsOfResult<TeamMemberRow>(result));
}
