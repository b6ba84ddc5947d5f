import type { CaseloadFlagKind } from "@throughline/domain/rules/caseload-flags";
import { flagKinds, flagWords } from "@throughline/ui/caseload-flag";
import { cn } from "@throughline/ui/utils";

export interface FlagSummaryProps {
  counts: Record<CaseloadFlagKind, number>;
  active: CaseloadFlagKind | "";
  onSelect: (kind: CaseloadFlagKind | "") => void;
}

/** "4 behind on MicroPD · 2 with stuck or overdue steps · …": each count filters the table. */
export function FlagSummary({ counts, active, onSelect }: FlagSummaryProps) {
  return (
    <ul aria-label="Flags across your caseload" className="flex flex-wrap items-center gap-2">
      {flagKinds.map((kind) => (
        <li key={kind}>
          <button
            type="button"
            aria-pressed={active === kind}
            onClick={() => onSelect(active === kind ? "" : kind)}
            className={cn(
              "rounded-full border px-3 py-1 text-sm transition-colors",
              active === kind
                ? "border-primary bg-primary text-primary-foreground"
                : "border-input bg-surface text-foreground hover:bg-muted",
            )}
          >
            <span className="font-semibold tabular-nums">{counts[kind]}</span>{" "}
            {flagWords[kind].summary}
          </button>
        </li>
      ))}
    </ul>
  );
}
