import type { Transaction } from "@throughline/db/client";
import { listStagesInOrder, stageStatusesOf } from "@throughline/db/queries/enrolments/stage-order";
import type { EnrolCandidate } from "@throughline/domain/cohort-admin";
import { stagesInProgramOf } from "@throughline/domain/rules/next-stage";
import {
  currentStage,
  heldBackReason,
  stageEligibility,
} from "@throughline/domain/rules/stage-eligibility";

/*
 * The stage order applied to enrolment: for each person, the stage they are on now and, when
 * they have not completed every stage before the cohort's, why they are held back.
 */

interface StageStanding {
  currentStage: EnrolCandidate["currentStage"];
  heldBackReason: string | null;
}

export async function stageStandings(
  tx: Transaction,
  params: { personIds: string[]; target: { id: string; position: number }; now: Date },
): Promise<Map<string, StageStanding>> {
  const [stages, statuses] = await Promise.all([
    listStagesInOrder(tx),
    stageStatusesOf(tx, { personIds: params.personIds, now: params.now }),
  ]);
  const standings = new Map<string, StageStanding>();
  for (const personId of params.personIds) {
    const own = statuses.get(personId) ?? new Map();
    // The teacher's place in the cohort's program: other programs have their own lines.
    const current = currentStage(stagesInProgramOf(stages, params.target), own);
    const eligibility = stageEligibility(stages, own, params.target);
    standings.set(personId, {
      currentStage: current
        ? { position: current.stage.position, title: current.stage.title, status: current.status }
        : null,
      heldBackReason: eligibility.eligible ? null : heldBackReason(eligibility.incomplete),
    });
  }
  return standings;
}
