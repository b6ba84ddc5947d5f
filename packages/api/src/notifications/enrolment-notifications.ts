import { notify } from "@throughline/db/queries/notifications/notify";
import type { Transaction } from "@throughline/db/tenant";
import type { ProgressionOutcome } from "@throughline/domain/workshop";

interface Actor {
  tx: Transaction;
  districtId: string;
}

/**
 * When a completed stage enrolled the teacher in the next stage's cohort, tells them, linking
 * to the stage they can start. Keyed by the cohort, so however often the progression runs the
 * teacher hears it once.
 */
export async function notifyIfEnrolled(
  actor: Actor,
  teacherId: string,
  outcome: ProgressionOutcome,
): Promise<void> {
  if (outcome.kind !== "enrolled") return;
  await notify(actor.tx, actor.districtId, {
    recipientIds: [teacherId],
    kind: "cohort_enrolled",
    title: `You are enrolled in ${outcome.cohortName}`,
    body: `Stage ${outcome.stage.position}, ${outcome.stage.title}, is open for you.`,
    link: { app: "teacher", path: `/stages/${outcome.stage.id}` },
    subjectId: outcome.cohortId,
    dedupeKey: `cohort-enrolled:${outcome.cohortId}`,
  });
}
