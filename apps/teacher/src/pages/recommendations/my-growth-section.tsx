import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { IndicatorGrowthChart } from "@throughline/ui/indicator-growth-chart";
import { TitledSection } from "@throughline/ui/titled-section";

/**
 * The teacher's own growth per indicator, on their path: the levels seen in observations and
 * imported ratings, and beside them their own ratings from their self-assessments.
 */
export function MyGrowthSection() {
  const growth = useQuery(trpc.recommendations.growth.queryOptions());
  return (
    <TitledSection headingId="growth-heading" title="My growth by indicator" size="xl">
      <p className="text-sm text-muted-foreground">
        Levels seen in your observations and ratings, and your own ratings from your
        self-assessments, marked self-rated.
      </p>
      <QueryView query={growth} about="your growth" placement="card">
        {({ levels, indicators }) => (
          <IndicatorGrowthChart
            levels={levels}
            indicators={indicators}
            whose="your levels"
            emptyMessage="When an observation you can see is published, an evaluation rating is imported or you rate yourself on a stage, its levels appear here over time."
          />
        )}
      </QueryView>
    </TitledSection>
  );
}
