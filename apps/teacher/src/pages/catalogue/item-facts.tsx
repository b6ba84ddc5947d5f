import { gradeBandLabels, subjectLabels } from "@throughline/domain/catalogue";
import { Badge } from "@throughline/ui/badge";
import type { CatalogueEntry } from "./types.ts";

/** What every catalogue card says under its title: indicators, grade bands and subjects. */
export function ItemFacts({ item }: { item: CatalogueEntry }) {
  const suits = [
    ...item.gradeBands.map((band) => gradeBandLabels[band]),
    ...item.subjects.map((subject) => subjectLabels[subject]),
  ];
  return (
    <div className="flex flex-col gap-2 text-sm">
      {item.indicators.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-muted-foreground">Indicators:</span>
          <ul className="flex flex-wrap gap-2" aria-label="Indicators">
            {item.indicators.map((indicator) => (
              <li key={indicator.id}>
                <Badge variant="info" className="whitespace-normal">
                  {indicator.code} {indicator.title}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
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
