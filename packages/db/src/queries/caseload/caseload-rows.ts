import type { CaseloadRow } from "@throughline/domain/caseload";
import type { ActionStepStatus } from "@throughline/domain/enums";
import { caseloadFlags, type StepFacts } from "@throughline/domain/rules/caseload-flags";
import { stageStatus } from "@throughline/domain/rules/stage-status";
import { sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { anyId } from "../sql/any-id.ts";
import { type CaseloadFactsRow, loadCaseloadOfTeams } from "./caseload-facts.ts";
import { programStagesOf } from "./caseload-programs.ts";
import { type CoachedTeam, type CoachedTeamMember, teamsAndMembersOf } from "./coached-teams.ts";

export interface TeamRef {
  id: string;
  name: string;
  schoolName: string;
}

/** The current stage's steps from the row's two parallel arrays. */
function stepsOf(row: CaseloadFactsRow): StepFacts[] {
  const statuses = row.stepStatuses ?? [];
  return statuses.map((status, index) => ({
    status: status as ActionStepStatus,
    dueOn: row.stepDueOn?.[index] ?? null,
  }));
}

/** A timestamp PostgreSQL gave as text (`…+00`), as drizzle reads a timestamptz column. */
function dateOf(text: string | null): Date | null {
  return text === null ? null : new Date(text);
}

/** One teacher's row: the pure stage-status and flag rules over the facts the statement read. */
function caseloadRowOf(
  facts: CaseloadFactsRow,
  memberships: readonly CoachedTeamMember[],
  teamById: ReadonlyMap<string, TeamRef>,
  now: Date,
): CaseloadRow {
  const personTeams = memberships
    .map((member) => teamById.get(member.teamId))
    .filter((row) => row !== undefined);
  const enrolledAt = dateOf(facts.enrolledAt);
  // The current enrolment's pace facts; null when the teacher has no current enrolment.
  const micropd =
    facts.releaseMode !== null && enrolledAt !== null
      ? {
          releaseMode: facts.releaseMode,
          enrolledAt,
          sessionsTotal: facts.sessionsTotal,
          sessionsCompleted: facts.sessionsCompleted,
          releasedNotCompleted: facts.releasedNotCompleted,
        }
      : null;
  const status = micropd
    ? stageStatus({
        workshopAttended: Boolean(facts.workshopAttended),
        sessionsTotal: facts.sessionsTotal,
        sessionsCompleted: facts.sessionsCompleted,
        meetingsRequired: facts.meetingsRequired ?? 0,
        meetingsAttended: facts.meetingsAttended,
        hasCompletedActionStep: Boolean(facts.hasCompletedActionStep),
        requiresConfirmation: Boolean(facts.requiresConfirmation),
        confirmed: facts.confirmedAt !== null,
      })
    : null;
  const enrolledSince = dateOf(facts.enrolledSince);
  const lastMeetingAt = dateOf(facts.lastMeetingAt);
  const steps = micropd ? stepsOf(facts) : [];
  return {
    personId: facts.memberId ?? "",
    displayName: memberships[0]?.displayName ?? "",
    teams: personTeams.map(({ id, name }) => ({ id, name })),
    schoolName: personTeams[0]?.schoolName ?? "",
    stage: micropd ? { position: facts.stagePosition ?? 0, title: facts.stageTitle ?? "" } : null,
    programs: programStagesOf(facts.programs),
    status,
    sessionsCompleted: micropd?.sessionsCompleted ?? 0,
    sessionsTotal: micropd?.sessionsTotal ?? 0,
    stepsDone: steps.filter((step) => step.status === "done").length,
    stepsTotal: steps.length,
    lastMeetingAt,
    flags: caseloadFlags(
      {
        micropd,
        steps,
        meetings: { enrolledAt: enrolledSince, lastAttendedAt: lastMeetingAt },
        status,
        observations: { enrolledAt: enrolledSince, lastObservedOn: facts.lastObservedOn },
      },
      now,
    ),
  };
}

/**
 * The caseload of `loadCaseloadOfTeams`' rows: its teams (in their order) and one row per
 * teacher (in name order, each once however many of the teams they are in), by the pure rules.
 */
export function caseloadOf(
  rows: readonly CaseloadFactsRow[],
  now: Date,
): { teams: CoachedTeam[]; members: CoachedTeamMember[]; rows: CaseloadRow[] } {
  const { teams, members } = teamsAndMembersOf(rows);
  const membershipsOf = new Map<string, CoachedTeamMember[]>();
  for (const member of members) {
    const memberships = membershipsOf.get(member.personId);
    if (memberships) memberships.push(member);
    else membershipsOf.set(member.personId, [member]);
  }
  const factsOf = new Map<string, CaseloadFactsRow>();
  for (const row of rows) {
    if (row.memberId !== null && !factsOf.has(row.memberId)) factsOf.set(row.memberId, row);
  }
  const teamById = new Map(teams.map((row) => [row.id, row]));
  const caseloadRows: CaseloadRow[] = [];
  for (const [personId, facts] of factsOf) {
    caseloadRows.push(caseloadRowOf(facts, membershipsOf.get(personId) ?? [], teamById, now));
  }
  return { teams, members, rows: caseloadRows };
}

/**
 * Caseload rows of the given members of the given teams, as `loadTeamsWithMembers` gave them:
 * the teams read again with their members' facts in one statement. Where the teams are not yet
 * read, `loadCaseloadOfTeams` and `caseloadOf` give teams and rows in that one statement.
 */
export async function buildCaseloadRows(
  tx: Transaction,
  teams: readonly TeamRef[],
  members: readonly CoachedTeamMember[],
  now: Date,
): Promise<CaseloadRow[]> {
  if (members.length === 0) return [];
  const facts = await loadCaseloadOfTeams(tx, {
    where: anyId(
      sql`team.id`,
      teams.map((row) => row.id),
    ),
    byName: false,
    now,
  });
  const wanted = new Set(members.map((member) => member.personId));
  return caseloadOf(facts, now).rows.filter((row) => wanted.has(row.personId));
}
