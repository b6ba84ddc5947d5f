import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { Link } from "react-router";
import { RecommendationList } from "./recommendation-list.tsx";
import { RecommendationsEmpty } from "./recommendations-empty.tsx";

/** How many a card shows; the rest are on the recommendations page. */
const shown = 3;

/** "Recommended for you" on the home and path pages: the first three, and "See all". */
export function RecommendedCard() {
  const list = useQuery(trpc.recommendations.mine.queryOptions());
  return (
    <Card>
      <CardHeader>
        <CardTitle id="recommended-heading">Recommended for you</CardTitle>
        <CardDescription>
          MicroPD sessions for what your team chose to work on and what was seen in your classroom.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {!list.isSuccess ? (
          <QueryState
            query={list}
            loading="Loading your recommendations…"
            loadingVariant="inline"
            errorTitle="Recommendations could not be loaded"
            headingLevel={3}
          />
        ) : list.data.length === 0 ? (
          <RecommendationsEmpty headingLevel={3} />
        ) : (
          <div className="flex flex-col gap-4">
            <RecommendationList items={list.data.slice(0, shown)} headingLevel={3} />
            <Link
              to="/recommendations"
              className="self-start text-sm font-medium text-primary underline hover:text-primary-hover"
            >
              See all {list.data.length} recommendations
            </Link>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
