import type { ReactNode } from "react";
import { cn } from "./utils.ts";

interface SelfRating {
  indicatorId: string;
  code: string;
  title: string;
  levelRank: number;
  note: string | null;
}

/**
 * A self-assessment's ratings as its reader sees them wherever it is shown (the teacher's own
 * history, her coach, a principal she shared it with): each indicator, the level she chose and
 * her note in quotes.
 */
export function SelfRatingList({
  ratings,
  levelLabel,
  className,
}: {
  ratings: readonly SelfRating[];
  /** The scale's name for a level ("Developing"); the rank when the scale has none. */
  levelLabel: (rank: number) => ReactNode;
  className?: string;
}) {
  return (
    <ul className={cn("flex flex-col gap-1", className)}>
      {ratings.map((rating) => (
        <li key={rating.indicatorId}>
          <span className="text-muted-foreground">{rating.code}</span> {rating.title}:{" "}
          <span className="font-semibold">{levelLabel(rating.levelRank)}</span>
          {rating.note ? (
            <span className="block text-muted-foreground">“{rating.note}”</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
