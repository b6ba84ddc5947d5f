import { SMALL_GROUP_LABEL } from "@throughline/domain/rules/small-group";
import type { LevelSpread } from "@throughline/domain/team-focus";

/** Members per level ("Developing 2"), or the withheld label for a group under 3. */
export function LevelSpreadCell({
  spread,
  labels,
}: {
  spread: LevelSpread;
  labels: ReadonlyMap<number, string>;
}) {
  if (spread.withheld) {
    return <span className="text-muted-foreground">{SMALL_GROUP_LABEL} rated</span>;
  }
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {spread.figures.counts.map((count) => (
        <li key={count.rank} className="whitespace-nowrap">
          {labels.get(count.rank) ?? `Level ${count.rank}`}{" "}
          <span className="font-semibold tabular-nums">{count.members}</span>
        </li>
      ))}
    </ul>
  );
}
