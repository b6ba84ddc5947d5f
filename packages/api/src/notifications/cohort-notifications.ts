import { notify } from "@throughline/db/queries/notifications/notify";
import type { Transaction } from "@throughline/db/tenant";

interface Actor {
  tx: Transaction;
  districtId: string;
}

/**
 * Tells teachers an admin has just enrolled that their stage is open, linking to it. Keyed by
 * the cohort, so a teacher withdrawn and enrolled again hears it once.
 */
export async function notifyCohortEnrolled(
  actor: Actor,
  params: {
    teacherIds: readonly string[];
    cohort: { id: string; name: string };
    stage: { id: string; position: number; title: string };
  },
): Promise<void> {
  if (params.teacherIds.length === 0) return;
  await notify(actor.tx, actor.districtId, {
    recipientIds: params.teacherIds,
    kind: "cohort_enrolled",
    title: `You are enrolled in ${params.cohort.name}`,
    body: `Stage ${params.stage.position}, ${params.stage.title}, is open for you.`,
    link: { app: "teacher", path: `/stages/${params.stage.id}` },
    subjectId: params.cohort.id,
    dedupeKey: `cohort-enrolled:${params.cohort.id}`,
  });
}
