import { gradeBandLabels, subjectLabels } from "@throughline/domain/catalogue";
import { IndicatorBadges } from "@throughline/ui/indicator-badges";
import type { CatalogueEntry } from "./types.ts";

/** What every catalogue card says under its title: indicators, grade bands and subjects. */
export function ItemFacts({ item }: { item: CatalogueEntry }) {
  const suits = [
    ...item.gradeBands.map((band) => gradeBandLabels[band]),
    ...item.subjects.map((subject) => subjectLabels[subject]),
  ];
  return (
    <div className="flex flex-col gap-2 text-sm">
      <IndicatorBadges indicators={item.indicators} />
      {suits.length > 0 ? (
        <p className="text-muted-foreground">
          <span>Suits: </span>
          {suits.join(" · ")}
        </p>
      ) : (
        <p className="text-muted-foreground">Suits every grade band and subject.</p>
      )}
    </div>
  );
}
