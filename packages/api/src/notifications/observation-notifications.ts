import { observationForNotice } from "@throughline/db/queries/notifications/notice-facts";
import { notify } from "@throughline/db/queries/notifications/notify";
import type { Transaction } from "@throughline/db/tenant";
import { formatLocalDate } from "@throughline/domain/local-time";

interface Actor {
  tx: Transaction;
  districtId: string;
}

/**
 * A published observation tells only the observed teacher, who reads every observation of
 * their own teaching. Nobody else is told: a coaching observation stays between teacher and
 * coach until the teacher shares it.
 */
export async function notifyObservationPublished(
  actor: Actor,
  observationId: string,
): Promise<void> {
  const found = await observationForNotice(actor.tx, observationId);
  if (!found) return;
  const what = found.kind === "coaching" ? "a coaching observation" : "a walkthrough";
  await notify(actor.tx, actor.districtId, {
    recipientIds: [found.teacherId],
    kind: "observation_published",
    title: `${found.observerName} published ${what} of your classroom`,
    body: `Observed on ${formatLocalDate(new Date(`${found.observedOn}T12:00:00Z`), "UTC")}. Read it and add your reflection.`,
    link: { app: "teacher", path: `/observations/${found.id}` },
    subjectId: found.id,
  });
}
