import { notify } from "@throughline/db/queries/notifications/notify";
import type { Transaction } from "@throughline/db/tenant";
import type { ReviewOutcome } from "@throughline/domain/enums";

interface Actor {
  tx: Transaction;
  districtId: string;
}

/**
 * A decided submission tells only its teacher: the outcome with a link to the feedback, and,
 * when earned, that the badge is ready. Reviewers are never named in what the teacher is told.
 */
export async function notifySubmissionDecided(
  actor: Actor,
  decided: {
    submissionId: string;
    credentialId: string;
    credentialName: string;
    teacherId: string;
    outcome: ReviewOutcome;
  },
): Promise<void> {
  const earned = decided.outcome === "earned";
  await notify(actor.tx, actor.districtId, {
    recipientIds: [decided.teacherId],
    kind: "submission_reviewed",
    title: earned
      ? `Your ${decided.credentialName} submission was earned`
      : `Your ${decided.credentialName} submission: not yet`,
    body: earned
      ? "Read the reviewer's feedback on each criterion."
      : "Read the feedback on each criterion, then strengthen your evidence and resubmit.",
    link: { app: "teacher", path: `/credentials/${decided.credentialId}/submission` },
    subjectId: decided.submissionId,
  });
  if (!earned) return;
  await notify(actor.tx, actor.districtId, {
    recipientIds: [decided.teacherId],
    kind: "badge_earned",
    title: `You earned the ${decided.credentialName} badge`,
    body: "Your badge is signed and ready to share or add to your profile.",
    link: { app: "teacher", path: "/badges" },
    subjectId: decided.submissionId,
  });
}
