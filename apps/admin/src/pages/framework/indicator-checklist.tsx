import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import type { EditorIndicator } from "./types.ts";

export interface IndicatorChecklistProps {
  indicators: readonly EditorIndicator[];
  chosen: readonly string[];
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (chosen: string[]) => void;
}

/** The indicators a session addresses; recommendations follow them. */
export function IndicatorChecklist(props: IndicatorChecklistProps) {
  const { indicators, chosen, error, disabled, onChange } = props;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((other) => other !== id));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-semibold text-foreground">Indicators addressed</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {indicators.map((indicator) => (
          <label key={indicator.id} className="flex items-start gap-2 text-sm text-foreground">
            <input
              type="checkbox"
              className="mt-1 size-4"
              checked={chosen.includes(indicator.id)}
              disabled={disabled}
              onChange={(event) => toggle(indicator.id, event.target.checked)}
            />
            <span>
              <span className="font-medium">{indicator.code}</span> {indicator.title}
            </span>
          </label>
        ))}
      </div>
      <FieldMessage id="indicators-error" message={fieldError(error, "indicatorIds")} />
    </fieldset>
  );
}
