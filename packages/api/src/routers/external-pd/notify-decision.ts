import { notify } from "@throughline/db/queries/notifications/notify";
import type { Transaction } from "@throughline/db/tenant";

/**
 * A decided request tells only its teacher: approved (the hours are on their transcript) or
 * returned with the reviewer's reason, with a link to the request.
 */
export async function notifyExternalPdDecided(
  actor: { tx: Transaction; districtId: string },
  decided: {
    requestId: string;
    teacherId: string;
    title: string;
    hours: number;
    decision: { status: "approved" } | { status: "returned"; reason: string };
  },
): Promise<void> {
  const approved = decided.decision.status === "approved";
  await notify(actor.tx, actor.districtId, {
    recipientIds: [decided.teacherId],
    kind: "external_pd_decided",
    title: approved
      ? `PD credit approved: ${decided.title}`
      : `PD credit returned: ${decided.title}`,
    body:
      decided.decision.status === "approved"
        ? `${decided.hours} hours are on your transcript as external PD.`
        : `Reason: ${decided.decision.reason} Edit the request and send it again.`,
    link: {
      app: "teacher",
      path: approved ? "/pd-hours" : `/pd-credit/${decided.requestId}/edit`,
    },
    subjectId: decided.requestId,
  });
}
