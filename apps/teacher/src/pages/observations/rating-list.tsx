import type { RouterOutputs } from "@throughline/api/types";
import { Badge } from "@throughline/ui/badge";

type Detail = RouterOutputs["observations"]["detail"];
type Content = NonNullable<Detail["content"]>;

/** Levels per indicator with the district's labels (and the target), and the look-fors. */
export function RatingList({
  ratings,
  scale,
}: {
  ratings: Content["ratings"];
  scale: Detail["scale"];
}) {
  const districtTarget = scale.find((level) => level.isTarget)?.rank ?? null;
  const label = (rank: number | null) => scale.find((level) => level.rank === rank)?.label ?? null;
  return (
    <ul className="flex flex-col gap-3">
      {ratings.map((rating) => {
        const target = label(rating.targetRank ?? districtTarget);
        return (
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
            {target ? <p className="text-xs text-muted-foreground">Target: {target}</p> : null}
            {rating.lookFors ? (
              <p className="text-sm whitespace-pre-line">{rating.lookFors}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
