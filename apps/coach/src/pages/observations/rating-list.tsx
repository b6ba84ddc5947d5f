import type { RouterOutputs } from "@throughline/api/types";
import { Badge } from "@throughline/ui/badge";

type Content = NonNullable<RouterOutputs["observations"]["detail"]["content"]>;

/** Levels per indicator with the district's labels, and the look-fors. */
export function RatingList({ ratings }: { ratings: Content["ratings"] }) {
  return (
    <ul className="flex flex-col gap-3">
      {ratings.map((rating) => (
        <li
          key={rating.indicatorId}
          className="flex flex-col gap-1 rounded-md border border-border bg-surface p-4"
        >
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">
              {rating.code} {rating.title}
            </h3>
            <Badge variant={rating.levelLabel ? "primary" : "neutral"}>
              {rating.levelLabel ?? "Not rated"}
            </Badge>
          </div>
          {rating.lookFors ? (
            <p className="text-sm whitespace-pre-line">{rating.lookFors}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
