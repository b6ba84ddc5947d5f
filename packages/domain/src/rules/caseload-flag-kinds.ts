/*
 * The kinds of caseload flag, apart from their schemas in caseload-flags.ts: the coach's
 * caseload and the admin's overview read them without downloading and running zod.
 */

export const caseloadFlagKinds = [
  "behind_on_micropd",
  "overdue_or_stuck_steps",
  "no_recent_meeting",
  "ready_for_review",
  "not_observed_recently",
] as const;

/** Whether a value read from outside (an address, a select) names a flag kind. */
export function isCaseloadFlagKind(value: unknown): value is (typeof caseloadFlagKinds)[number] {
  return caseloadFlagKinds.some((kind) => kind === value);
}
