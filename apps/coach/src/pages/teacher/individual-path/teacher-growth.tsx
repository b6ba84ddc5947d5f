import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { IndicatorGrowthChart } from "@throughline/ui/indicator-growth-chart";

/**
 * The teacher's trend per indicator as their coach may see it: coaching and imported levels,
 * and beside them the teacher's own ratings from their self-assessments.
 */
export function TeacherGrowth({ teacherId, name }: { teacherId: string; name: string }) {
  const growth = useQuery(trpc.recommendations.growth.queryOptions({ teacherId }));
  if (!growth.isSuccess) {
    return <QueryState query={growth} about="the indicator trend" placement="card" />;
  }
  return (
    <IndicatorGrowthChart
      levels={growth.data.levels}
      indicators={growth.data.indicators}
      whose={`${name}'s levels`}
      emptyMessage={`Levels from your published coaching observations, from imported evaluation ratings of ${name} and from ${name}'s self-assessments appear here over time. Walkthroughs are evaluation and stay with the principal.`}
    />
  );
}
