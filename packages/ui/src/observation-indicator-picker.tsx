import { CheckboxRow, toggledChoice } from "./checkbox-row.tsx";
import type { FrameworkIndicator } from "./observation-types.ts";

/** Indicators grouped by the stage their code starts with ("1.2" → Stage 1). */
function byStage(indicators: readonly FrameworkIndicator[]) {
  const groups = new Map<string, FrameworkIndicator[]>();
  for (const indicator of indicators) {
    const stage = indicator.code.split(".")[0] ?? "";
    groups.set(stage, [...(groups.get(stage) ?? []), indicator]);
  }
  return [...groups.entries()];
}

/** Checkboxes for the indicators to look for on this visit, one fieldset per stage. */
export function IndicatorPicker({
  indicators,
  chosen,
  onChange,
  error,
}: {
  indicators: readonly FrameworkIndicator[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | null;
}) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground">
        Choose up to 8 indicators to look for on this visit.
      </p>
      {byStage(indicators).map(([stage, group]) => (
        <fieldset key={stage} className="flex flex-col gap-1 rounded-md border border-border p-3">
          <legend className="px-1 text-sm font-semibold">Stage {stage} indicators</legend>
          {group.map((indicator) => (
            <CheckboxRow
              key={indicator.id}
              checked={chosen.includes(indicator.id)}
              onCheckedChange={(on) => onChange(toggledChoice(chosen, indicator.id, on))}
            >
              <span>
                <span className="font-medium tabular-nums">{indicator.code}</span> {indicator.title}
              </span>
            </CheckboxRow>
          ))}
        </fieldset>
      ))}
      {error ? (
        <p role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
