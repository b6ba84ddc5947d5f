import { useId } from "react";
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
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {scale.map((level) => (
            <label
              key={level.rank}
              className="flex min-h-12 cursor-pointer items-center gap-2 rounded-md border border-input px-3 py-2 text-sm has-checked:border-primary has-checked:bg-primary-soft has-checked:font-semibold has-focus-visible:ring-2 has-focus-visible:ring-ring"
            >
              <input
                type="radio"
                className="size-5 accent-primary"
                name={`level-${rating.indicatorId}`}
                checked={rating.levelRank === level.rank}
                onChange={() => onChange({ ...rating, levelRank: level.rank })}
              />
              <span>
                {level.label}
                {level.isTarget ? <span className="sr-only"> (target)</span> : null}
              </span>
            </label>
          ))}
        </div>
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
