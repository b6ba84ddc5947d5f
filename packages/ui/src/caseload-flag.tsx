import { caseloadFlagKinds } from "@throughline/domain/rules/caseload-flag-kinds";
import type { CaseloadFlagKind } from "@throughline/domain/rules/caseload-flags";
import { Badge, type BadgeVariant } from "./badge.tsx";

/* How each caseload flag reads, in the coach's caseload and the admin's overview alike. */

export const flagKinds: readonly CaseloadFlagKind[] = caseloadFlagKinds;

/** How each flag reads in a filter list and in a summary ("4 behind on MicroPD"). */
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

/** One flag by its short name, coloured by kind. */
export function CaseloadFlagBadge({ kind }: { kind: CaseloadFlagKind }) {
  return (
    <Badge variant={flagWords[kind].variant} className="rounded-md">
      {flagWords[kind].name}
    </Badge>
  );
}
