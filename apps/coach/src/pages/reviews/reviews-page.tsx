import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { EmptyState } from "@throughline/ui/empty-state";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { ClipboardCheck } from "lucide-react";
import { CertificationsList } from "./certifications-card.tsx";
import { QueueList } from "./queue-list.tsx";

type ReviewQueue = RouterOutputs["credentialReviews"]["queue"];

/** My review queue, the disagreements I settle as lead, and my certifications. */
export function ReviewsPage() {
  return (
    <QueryPage options={trpc.credentialReviews.queue.queryOptions()} about="your reviews">
      {(data) => <ReviewQueueView data={data} />}
    </QueryPage>
  );
}

function ReviewQueueView({ data }: { data: ReviewQueue }) {
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
          <TitledSection headingId="decide-heading" title="Decide">
            <p className="text-sm text-muted-foreground">
              Two reviews disagree on these. As lead reviewer, your decision settles them.
            </p>
            <QueueList items={data.toDecide} action="decide" />
          </TitledSection>
        ) : null}
        <TitledSection headingId="queue-heading" title="Waiting for review">
          {data.toReview.length === 0 ? (
            <EmptyState icon={ClipboardCheck} title="Nothing waiting for you" headingLevel={3}>
              Submissions of the credentials you may review appear here when teachers submit them.
            </EmptyState>
          ) : (
            <QueueList items={data.toReview} action="review" />
          )}
        </TitledSection>
        <TitledSection headingId="certifications-heading" title="My certifications">
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
        </TitledSection>
      </div>
    </>
  );
}
