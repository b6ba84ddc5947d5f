import type { UseQueryResult } from "@tanstack/react-query";
import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { buttonClasses } from "@throughline/ui/button";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledCard } from "@throughline/ui/titled-card";
import { ClipboardPen, Share2 } from "lucide-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { type ObservationRow, ObservationRows } from "./observation-rows.tsx";
import { SharedSelfAssessmentsCard } from "./shared-self-assessments-card.tsx";

/**
 * A principal's observations: walkthroughs they are recording or recorded, and the coaching
 * observations teachers chose to share with them (the only coaching content they ever read).
 */
export function ObservationsPage() {
  const recorded = useQuery(trpc.observations.recorded.queryOptions());
  const shared = useQuery(trpc.observations.sharedWithMe.queryOptions());
  return (
    <>
      <PageHeader
        title="Observations"
        description="Walkthroughs you record, and coaching observations teachers share with you."
        aside={
          <Link to="/observations/new" className={buttonClasses({ size: "lg" })}>
            <ClipboardPen aria-hidden="true" />
            Record a walkthrough
          </Link>
        }
      />
      <div className="flex flex-col gap-6">
        <ListCard
          title="Shared with you"
          description="Coaching observations a teacher chose to share with you. Coaching is not evaluation: read them to support, not to rate."
          query={shared}
          empty={
            <EmptyState className="mx-6" headingLevel={3} title="Nothing shared yet" icon={Share2}>
              <p>When a teacher shares a coaching observation with you, it appears here.</p>
            </EmptyState>
          }
        />
        <SharedSelfAssessmentsCard />
        <ListCard
          title="Your walkthroughs"
          description="Drafts first, to pick up again; published ones as the teacher reads them."
          query={recorded}
          empty={
            <EmptyState
              className="mx-6"
              headingLevel={3}
              title="No walkthroughs yet"
              icon={ClipboardPen}
            >
              <p>Record a walkthrough during a classroom visit, on your phone or here.</p>
            </EmptyState>
          }
        />
      </div>
    </>
  );
}

function ListCard({
  title,
  description,
  query,
  empty,
}: {
  title: string;
  description: string;
  query: UseQueryResult<ObservationRow[], { message: string }>;
  empty: ReactNode;
}) {
  return (
    <TitledCard title={title} description={description} contentClassName="px-0">
      {!query.isSuccess ? (
        <QueryState
          query={query}
          loading={`Loading ${title.toLowerCase()}…`}
          loadingVariant="inline"
          errorTitle={`${title} could not be loaded`}
          headingLevel={3}
        />
      ) : query.data.length === 0 ? (
        empty
      ) : (
        <ObservationRows rows={query.data} label={title} />
      )}
    </TitledCard>
  );
}
