import type { CaseloadRow } from "@throughline/domain/caseload";
import type { ActionStepStatus } from "@throughline/domain/enums";
import { caseloadFlags, type StepFacts } from "@throughline/domain/rules/caseload-flags";
import { stageStatus } from "@throughline/domain/rules/stage-status";
import type { Transaction } from "../../client.ts";
import { type CaseloadFactsRow, loadCaseloadFacts } from "./caseload-facts.ts";
import type { CoachedTeamMember } from "./coached-teams.ts";

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
    personId: facts.personId,
    displayName: memberships[0]?.displayName ?? "",
    teams: personTeams.map(({ id, name }) => ({ id, name })),
    schoolName: personTeams[0]?.schoolName ?? "",
    stage: micropd ? { position: facts.stagePosition ?? 0, title: facts.stageTitle ?? "" } : null,
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
 * Caseload rows for the given members of the given teams (`loadTeamsWithMembers`): one
 * statement gives each teacher's facts, however many teachers; then the pure rules per
 * teacher, in the members' order.
 */
export async function buildCaseloadRows(
  tx: Transaction,
  teams: readonly TeamRef[],
  members: readonly CoachedTeamMember[],
  now: Date,
): Promise<CaseloadRow[]> {
  const membershipsOf = new Map<string, CoachedTeamMember[]>();
  for (const member of members) {
    const memberships = membershipsOf.get(member.personId);
    if (memberships) memberships.push(member);
    else membershipsOf.set(member.personId, [member]);
  }
  const personIds = [...membershipsOf.keys()];
  if (personIds.length === 0) return [];
  const facts = await loadCaseloadFacts(tx, { personIds, now });
  const teamById = new Map(teams.map((row) => [row.id, row]));
  return facts.map((row) =>
    caseloadRowOf(row, membershipsOf.get(row.personId) ?? [], teamById, now),
  );
}
