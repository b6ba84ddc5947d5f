import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryView } from "@throughline/app-kit/query-view";
import { TitledCard } from "@throughline/ui/titled-card";
import { Link } from "react-router";
import { firstOfEachProgram } from "./by-program.ts";
import { RecommendationList } from "./recommendation-list.tsx";
import { RecommendationsEmpty } from "./recommendations-empty.tsx";

/** How many a card shows; the rest are on the recommendations page. */
const shown = 3;

/**
 * "Recommended for you" on the home and path pages: three, the first of each program among
 * them, and "See all".
 */
export function RecommendedCard() {
  const list = useQuery(trpc.recommendations.mine.queryOptions());
  return (
    <TitledCard
      title="Recommended for you"
      description="MicroPD sessions for what your team chose to work on and what was seen in your classroom."
    >
      <QueryView query={list} about="your recommendations" placement="card">
        {(items) =>
          items.length === 0 ? (
            <RecommendationsEmpty headingLevel={3} />
          ) : (
            <div className="flex flex-col gap-4">
              <RecommendationList items={firstOfEachProgram(items, shown)} headingLevel={3} />
              <Link
                to="/recommendations"
                className="self-start text-sm font-medium text-primary underline hover:text-primary-hover"
              >
                See all {items.length} recommendations
              </Link>
            </div>
          )
        }
      </QueryView>
    </TitledCard>
  );
}
