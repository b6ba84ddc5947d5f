import { Badge } from "./badge.tsx";
import { cn } from "./utils.ts";

/**
 * The framework indicators something addresses, as a labelled row of badges ("Indicators:
 * 1.2 …"); nothing when it addresses none.
 */
export function IndicatorBadges({
  indicators,
  className,
}: {
  indicators: readonly { id: string; code: string; title: string }[];
  className?: string;
}) {
  if (indicators.length === 0) return null;
  return (
    <div className={cn("flex flex-wrap items-center gap-2 text-sm", className)}>
      <span className="text-muted-foreground">Indicators:</span>
      <ul className="flex flex-wrap gap-2" aria-label="Indicators">
        {indicators.map((indicator) => (
          <li key={indicator.id}>
            <Badge variant="info" className="whitespace-normal">
              {indicator.code} {indicator.title}
            </Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}
