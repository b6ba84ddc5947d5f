import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { QueryState } from "@throughline/app-kit/query-state";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { ClipboardCheck } from "lucide-react";
import { CertificationsList } from "./certifications-card.tsx";
import { QueueList } from "./queue-list.tsx";

/** My review queue, the disagreements I settle as lead, and my certifications. */
export function ReviewsPage() {
  const queue = useQuery(trpc.credentialReviews.queue.queryOptions());
  if (!queue.isSuccess) {
    return (
      <QueryState
        query={queue}
        loading="Loading your reviews…"
        errorTitle="Your reviews could not be loaded"
        headingLevel={1}
      />
    );
  }
  const data = queue.data;
  const reviewsNote =
    data.reviewsRequired === 2 ? "Two independent reviews decide each submission." : "";
  return (
    <>
      <PageHeader
        title="Reviews"
        description={`Micro-credential submissions waiting for a certified reviewer, oldest first. ${reviewsNote}`}
      />
      <div className="flex max-w-3xl flex-col gap-8">
        {data.toDecide.length > 0 ? (
          <section aria-labelledby="decide-heading" className="flex flex-col gap-3">
            <h2 id="decide-heading" className="text-lg font-semibold">
              Decide
            </h2>
            <p className="text-sm text-muted-foreground">
              Two reviews disagree on these. As lead reviewer, your decision settles them.
            </p>
            <QueueList items={data.toDecide} action="decide" />
          </section>
        ) : null}
        <section aria-labelledby="queue-heading" className="flex flex-col gap-3">
          <h2 id="queue-heading" className="text-lg font-semibold">
            Waiting for review
          </h2>
          {data.toReview.length === 0 ? (
            <EmptyState icon={ClipboardCheck} title="Nothing waiting for you" headingLevel={3}>
              Submissions of the credentials you may review appear here when teachers submit them.
            </EmptyState>
          ) : (
            <QueueList items={data.toReview} action="review" />
          )}
        </section>
        <section aria-labelledby="certifications-heading" className="flex flex-col gap-3">
          <h2 id="certifications-heading" className="text-lg font-semibold">
            My certifications
          </h2>
          <p className="text-sm text-muted-foreground">
            You review a credential once you pass its calibration set, for two school years.
          </p>
          {data.certifications.length === 0 ? (
            <EmptyState title="No micro-credentials yet" headingLevel={3}>
              Your district has not defined any micro-credentials.
            </EmptyState>
          ) : (
            <CertificationsList entries={data.certifications} />
          )}
        </section>
      </div>
    </>
  );
}
