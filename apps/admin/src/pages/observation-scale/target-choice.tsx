import { FieldMessage } from "@throughline/ui/field-message";
import { useId } from "react";
import type { LevelDraft } from "./types.ts";

interface TargetChoiceProps {
  levels: readonly LevelDraft[];
  targetRank: number;
  error: string | null;
  disabled: boolean;
  onChange: (rank: number) => void;
}

/** The level teachers aim for unless an indicator has its own target. */
export function TargetChoice({ levels, targetRank, error, disabled, onChange }: TargetChoiceProps) {
  const errorId = useId();
  return (
    <fieldset
      className="flex flex-col gap-1"
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="mb-1 text-sm font-medium">Target level</legend>
      {levels.map((level, rank) => (
        <label key={rank} className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name="target-level"
            className="size-5 accent-primary"
            checked={rank === targetRank}
            disabled={disabled}
            onChange={() => onChange(rank)}
          />
          <span>{level.label.trim() || `Level ${rank + 1} (unnamed)`}</span>
        </label>
      ))}
      <FieldMessage id={errorId} message={error} />
    </fieldset>
  );
}
