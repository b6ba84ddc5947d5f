import type { MyTeamFocus, TeamFocusView } from "@throughline/domain/team-focus";
import { asc, desc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import {
  micropdSession,
  person,
  stage,
  team,
  teamFocus,
  teamFocusIndicator,
  teamFocusSession,
  teamMember,
} from "../../schema/index.ts";
import {
  indicatorsOfOwners,
  rowsOfOwner,
  sessionsOfOwners,
} from "../framework/framework-of-owners.ts";
import { personNameColumns } from "../people/person-columns.ts";
import { anyId } from "../sql/any-id.ts";
import { stageOfSession, teamOfMember, tenantJoin } from "../sql/same-district-joins.ts";

/** The focuses of the given teams, newest first, with who set them, indicators and sessions. */
async function focusesOf(
  tx: Transaction,
  params: { teamIds: readonly string[]; limit: number; latestPerTeam: boolean },
): Promise<(TeamFocusView & { teamId: string })[]> {
  if (params.teamIds.length === 0) return [];
  const columns = {
    id: teamFocus.id,
    teamId: teamFocus.teamId,
    setAt: teamFocus.createdAt,
    reason: teamFocus.reason,
    setBy: personNameColumns,
  };
  const setBy = tenantJoin(person, teamFocus, teamFocus.setById);
  const heads = params.latestPerTeam
    ? await tx
        .selectDistinctOn([teamFocus.teamId], columns)
        .from(teamFocus)
        .innerJoin(person, setBy)
        .where(anyId(teamFocus.teamId, params.teamIds))
        .orderBy(teamFocus.teamId, desc(teamFocus.createdAt))
        .limit(params.limit)
    : await tx
        .select(columns)
        .from(teamFocus)
        .innerJoin(person, setBy)
        .where(anyId(teamFocus.teamId, params.teamIds))
        .orderBy(desc(teamFocus.createdAt))
        .limit(params.limit);
  if (heads.length === 0) return [];
  const ids = heads.map((head) => head.id);
  const [indicators, sessions] = await Promise.all([
    indicatorsOfOwners(tx, teamFocusIndicator, teamFocusIndicator.focusId, ids),
    sessionsOfOwners(
      tx,
      teamFocusSession,
      teamFocusSession.focusId,
      ids,
      teamFocusSession.position,
    ),
  ]);
  return heads.map((head) => ({
    ...head,
    indicators: rowsOfOwner(indicators, head.id),
    sessions: rowsOfOwner(sessions, head.id),
  }));
}

/** A team's focuses, the current one first, then the history (at most `limit`). */
export function teamFocusHistory(
  tx: Transaction,
  params: { teamId: string; limit: number },
): Promise<TeamFocusView[]> {
  return focusesOf(tx, { teamIds: [params.teamId], limit: params.limit, latestPerTeam: false });
}

/** The current focus of each team the person is a member of. */
export async function focusesOfMyTeams(tx: Transaction, personId: string): Promise<MyTeamFocus[]> {
  const teams = await tx
    .select({ id: team.id, name: team.name })
    .from(teamMember)
    .innerJoin(team, teamOfMember)
    .where(eq(teamMember.personId, personId))
    .orderBy(asc(team.name));
  const focuses = await focusesOf(tx, {
    teamIds: teams.map((row) => row.id),
    limit: teams.length,
    latestPerTeam: true,
  });
  return teams.flatMap((row) => {
    const focus = focuses.find((candidate) => candidate.teamId === row.id);
    if (!focus) return [];
    const { teamId: _teamId, ...view } = focus;
    return [{ teamId: row.id, teamName: row.name, focus: view }];
  });
}

/** The MicroPD sessions a focus may name, in framework order. */
export async function focusSessionOptions(tx: Transaction) {
  return tx
    .select({
      id: micropdSession.id,
      title: micropdSession.title,
      stagePosition: stage.position,
    })
    .from(micropdSession)
    .innerJoin(stage, stageOfSession)
    .orderBy(asc(stage.position), asc(micropdSession.position));
}
