import type { SubmissionStatus } from "../enums.ts";

/*
 * A micro-credential's submission figures, one definition each, for the admin's list and the
 * credential's page alike:
 * - submissions: attempts sent for review (submitted, not yet or earned) on any version; a draft
 *   is not a submission until it is sent.
 * - started on the current version: every attempt on it, drafts included. This is why saving
 *   changes makes a new version, and it is named as attempts started, never as submissions.
 */
interface SubmissionFact {
  versionId: string;
  status: SubmissionStatus;
}

export function credentialSubmissionCounts(
  attempts: readonly SubmissionFact[],
  currentVersionId: string,
): { submissions: number; startedOnVersion: number } {
  return {
    submissions: attempts.filter((attempt) => attempt.status !== "draft").length,
    startedOnVersion: attempts.filter((attempt) => attempt.versionId === currentVersionId).length,
  };
}
