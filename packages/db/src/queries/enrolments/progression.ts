import { nextStage, stagesInProgramOf } from "@throughline/domain/rules/next-stage";
import type { StageStatus } from "@throughline/domain/rules/stage-status";
import type { ProgressionOutcome } from "@throughline/domain/workshop";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { cohort, enrolment, roleMembership, stage } from "../../schema/index.ts";
import { stageOrderColumns } from "../framework/framework-columns.ts";
import { cohortOfEnrolment } from "../sql/same-district-joins.ts";
import { activeEnrolment } from "./active-enrolment.ts";
import { type EnrolmentProgress, loadEnrolmentProgress } from "./stage-progress.ts";

/**
 * Call after any change that can complete a stage (workshop attendance, a MicroPD session, an
 * action step, a meeting, a confirmation). When the teacher's status in the stage is complete,
 * the next stage opens: they are enrolled (once, however often this runs) in their school's
 * cohort for it in the same school year, if there is one. Runs in the caller's transaction.
 */
export async function advanceIfComplete(
  tx: Transaction,
  params: { personId: string; stageId: string; now?: Date },
): Promise<ProgressionOutcome> {
  const progress = await loadEnrolmentProgress(tx, {
    personIds: [params.personId],
    now: params.now ?? new Date(),
  });
  const completed = progress.find(
    (row) => row.stage.id === params.stageId && row.status === "complete",
  );
  if (!completed) {
    const current = progress.find((row) => row.stage.id === params.stageId);
    return { kind: "not_complete", status: current?.status ?? "not_started" };
  }
  return openNextStage(tx, { personId: params.personId, completed, progress });
}

/**
 * Enrols the teacher in the stage after their highest completed one of the completed stage's
 * program, when it is not open yet; the teacher's stages in other programs play no part.
 */
async function openNextStage(
  tx: Transaction,
  params: { personId: string; completed: EnrolmentProgress; progress: EnrolmentProgress[] },
): Promise<ProgressionOutcome> {
  const stages = await tx.select(stageOrderColumns).from(stage).orderBy(asc(stage.position));
  const inProgram = stagesInProgramOf(stages, params.completed.stage);
  const next = nextStage(inProgram, statusesByStage(params.progress));
  if (next.kind === "nothing_complete" || next.kind === "finished") return { kind: "finished" };
  const { programId: _inProgram, ...nextNamed } = next.stage;
  if (next.kind === "already_open") return { kind: "already_open", stage: nextNamed };

  // The teacher's school: where they teach, or else the school of the cohort they completed.
  const [target] = await tx
    .select({ id: cohort.id, name: cohort.name, districtId: cohort.districtId })
    .from(cohort)
    .where(
      and(
        eq(cohort.stageId, next.stage.id),
        eq(cohort.schoolYear, params.completed.schoolYear),
        or(
          sql`${cohort.schoolId} in (
            select ${roleMembership.schoolId} from ${roleMembership}
            where ${roleMembership.personId} = ${params.personId}
              and ${roleMembership.role} = 'teacher'
          )`,
          sql`${cohort.schoolId} = (
            select done.school_id from ${cohort} as done where done.id = ${params.completed.cohortId}
          )`,
        ),
      ),
    )
    .orderBy(asc(cohort.name))
    .limit(1);
  if (!target) return { kind: "no_cohort", stage: nextNamed };

  // The unique (cohort, person) key makes a second run, or a concurrent one, a no-op.
  await tx
    .insert(enrolment)
    .values({ districtId: target.districtId, cohortId: target.id, personId: params.personId })
    .onConflictDoNothing({
      target: [enrolment.districtId, enrolment.cohortId, enrolment.personId],
    });
  return { kind: "enrolled", stage: nextNamed, cohortId: target.id, cohortName: target.name };
}

/** One status per stage; when a teacher is in two cohorts of a stage, complete wins. */
function statusesByStage(progress: readonly EnrolmentProgress[]): Map<string, StageStatus> {
  const statuses = new Map<string, StageStatus>();
  for (const row of progress) {
    if (statuses.get(row.stage.id) !== "complete") statuses.set(row.stage.id, row.status);
  }
  return statuses;
}

export interface EnrolmentForConfirmation {
  enrolmentId: string;
  personId: string;
  cohortId: string;
  stageId: string;
  confirmed: boolean;
}

/** A current enrolment with its cohort's stage; null when there is none with that id. */
export async function findEnrolment(
  tx: Transaction,
  params: { enrolmentId: string },
): Promise<EnrolmentForConfirmation | null> {
  const [found] = await tx
    .select({
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      cohortId: enrolment.cohortId,
      stageId: cohort.stageId,
      confirmedAt: enrolment.confirmedAt,
    })
    .from(enrolment)
    .innerJoin(cohort, cohortOfEnrolment)
    .where(and(eq(enrolment.id, params.enrolmentId), activeEnrolment))
    .limit(1);
  if (!found) return null;
  const { confirmedAt, ...rest } = found;
  return { ...rest, confirmed: confirmedAt !== null };
}

/**
 * A coach's or admin's confirmation that a teacher ready for review has completed the stage,
 * then the progression it allows. Refuses (without writing) a teacher who has not met every
 * requirement yet, so a confirmation always confirms something; confirming again is harmless.
 */
export async function confirmStageCompletion(
  tx: Transaction,
  params: { enrolment: EnrolmentForConfirmation; now: Date },
): Promise<
  { kind: "not_ready"; status: StageStatus } | { kind: "confirmed"; next: ProgressionOutcome }
> {
  const { enrolment: target, now } = params;
  const progress = await loadEnrolmentProgress(tx, { personIds: [target.personId], now });
  const status = progress.find((row) => row.enrolmentId === target.enrolmentId)?.status;
  if (status !== "ready_for_review" && status !== "complete") {
    return { kind: "not_ready", status: status ?? "not_started" };
  }
  await tx
    .update(enrolment)
    .set({ confirmedAt: now })
    .where(and(eq(enrolment.id, target.enrolmentId), isNull(enrolment.confirmedAt)));
  const next = await advanceIfComplete(tx, {
    personId: target.personId,
    stageId: target.stageId,
    now,
  });
  return { kind: "confirmed", next };
}
