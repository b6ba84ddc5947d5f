import {
  type CaseloadFlagKind,
  caseloadFlagKindSchema,
} from "@throughline/domain/rules/caseload-flags";
import type { BadgeVariant } from "@throughline/ui/badge";

export const flagKinds: readonly CaseloadFlagKind[] = caseloadFlagKindSchema.options;

/** How each flag reads in the filter list and in the summary ("4 behind on MicroPD"). */
export const flagWords: Record<
  CaseloadFlagKind,
  { name: string; summary: string; variant: BadgeVariant }
> = {
  behind_on_micropd: {
    name: "Behind on MicroPD",
    summary: "behind on MicroPD",
    variant: "warning",
  },
  overdue_or_stuck_steps: {
    name: "Stuck or overdue steps",
    summary: "with stuck or overdue steps",
    variant: "danger",
  },
  no_recent_meeting: {
    name: "No recent meeting",
    summary: "without a meeting in 21 days",
    variant: "neutral",
  },
  ready_for_review: { name: "Ready for review", summary: "ready for review", variant: "info" },
  not_observed_recently: {
    name: "Not observed in 45 days",
    summary: "not observed in 45 days",
    variant: "neutral",
  },
};
