import { useId } from "react";
import { LevelRadioGrid } from "./level-radio-grid.tsx";
import type { LocalDraft } from "./observation-draft.ts";
import type { ScaleLevel } from "./observation-types.ts";

type Rating = LocalDraft["ratings"][number];

/** One indicator: the district's levels as large radio buttons, and the look-fors seen. */
export function RatingCard({
  heading,
  rating,
  scale,
  onChange,
}: {
  heading: string;
  rating: Rating;
  scale: readonly ScaleLevel[];
  onChange: (rating: Rating) => void;
}) {
  const lookForsId = useId();
  return (
    <li className="flex flex-col gap-3 rounded-md border border-border bg-surface p-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 font-semibold">{heading}</legend>
        <LevelRadioGrid
          name={`level-${rating.indicatorId}`}
          levels={scale}
          chosenRank={rating.levelRank}
          onChoose={(levelRank) => onChange({ ...rating, levelRank })}
        />
      </fieldset>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={lookForsId} className="text-sm font-medium">
          Look-fors
        </label>
        <textarea
          id={lookForsId}
          rows={2}
          value={rating.lookFors ?? ""}
          onChange={(event) => onChange({ ...rating, lookFors: event.target.value })}
          className="rounded-md border border-input bg-surface px-3 py-2 text-base focus-visible:ring-2 focus-visible:ring-ring focus-visible:outline-none"
        />
      </div>
    </li>
  );
}
