import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { IndicatorGrowthChart } from "@throughline/ui/indicator-growth-chart";

/**
 * The teacher's own growth per indicator, on their path: the levels seen in observations and
 * imported ratings, and beside them their own ratings from their self-assessments.
 */
export function MyGrowthSection() {
  const growth = useQuery(trpc.recommendations.growth.queryOptions());
  return (
    <section aria-labelledby="growth-heading" className="flex flex-col gap-4">
      <h2 id="growth-heading" className="text-xl font-semibold tracking-tight">
        My growth by indicator
      </h2>
      <p className="text-sm text-muted-foreground">
        Levels seen in your observations and ratings, and your own ratings from your
        self-assessments, marked self-rated.
      </p>
      {!growth.isSuccess ? (
        <QueryState
          query={growth}
          loading="Loading your growth…"
          loadingVariant="inline"
          errorTitle="Your growth could not be loaded"
          headingLevel={3}
        />
      ) : (
        <IndicatorGrowthChart
          levels={growth.data.levels}
          indicators={growth.data.indicators}
          whose="your levels"
          emptyMessage="When an observation you can see is published, an evaluation rating is imported or you rate yourself on a stage, its levels appear here over time."
        />
      )}
    </section>
  );
}
