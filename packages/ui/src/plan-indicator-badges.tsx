import { Badge } from "./badge.tsx";

/** An indicator an action plan targets, as the plan's readers see it. */
interface PlanIndicator {
  id: string;
  code: string;
  title: string;
}

/** The indicators a plan targets, one badge each; nothing when it targets none. */
export function PlanIndicatorBadges({ indicators }: { indicators: readonly PlanIndicator[] }) {
  if (indicators.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Indicators targeted">
      {indicators.map((indicator) => (
        <li key={indicator.id}>
          <Badge variant="primary">
            {indicator.code} {indicator.title}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
