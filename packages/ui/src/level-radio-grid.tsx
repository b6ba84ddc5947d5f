import { ChoicePill } from "./choice-pill.tsx";

/**
 * The levels of a rating scale as large radio choices in a grid, two a row on a phone and four
 * on a wider screen: the same control wherever a level is chosen (an observation, a
 * self-assessment).
 */
export function LevelRadioGrid({
  name,
  levels,
  chosenRank,
  onChoose,
  invalid = false,
}: {
  name: string;
  levels: readonly { rank: number; label: string; isTarget?: boolean }[];
  chosenRank: number | null;
  onChoose: (rank: number) => void;
  invalid?: boolean;
}) {
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {levels.map((level) => (
        <ChoicePill
          key={level.rank}
          className="has-checked:font-semibold"
          name={name}
          checked={chosenRank === level.rank}
          aria-invalid={invalid ? true : undefined}
          onChange={() => onChoose(level.rank)}
        >
          <span>
            {level.label}
            {level.isTarget ? <span className="sr-only"> (target)</span> : null}
          </span>
        </ChoicePill>
      ))}
    </div>
  );
}
