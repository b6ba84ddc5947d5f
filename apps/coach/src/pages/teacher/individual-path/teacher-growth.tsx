import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { ErrorState } from "@throughline/ui/error-state";
import { IndicatorGrowthChart } from "@throughline/ui/indicator-growth-chart";
import { Loading } from "@throughline/ui/loading";

/** The teacher's trend per indicator as their coach may see it: coaching and imported levels. */
export function TeacherGrowth({ teacherId, name }: { teacherId: string; name: string }) {
  const growth = useQuery(trpc.recommendations.growth.queryOptions({ teacherId }));
  if (growth.isPending) return <Loading variant="inline" label="Loading the indicator trend…" />;
  if (growth.isError) {
    return (
      <ErrorState
        headingLevel={3}
        title="The indicator trend could not be loaded"
        message={growth.error.message}
        onRetry={() => void growth.refetch()}
        retrying={growth.isFetching}
      />
    );
  }
  return (
    <IndicatorGrowthChart
      levels={growth.data.levels}
      indicators={growth.data.indicators}
      whose={`${name}'s levels`}
      emptyMessage={`Levels from your published coaching observations and from imported evaluation ratings of ${name} appear here over time. Walkthroughs are evaluation and stay with the principal.`}
    />
  );
}
