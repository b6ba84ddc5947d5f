import type { RouterOutputs } from "@throughline/api/types";
import { trpc } from "@throughline/app-kit/client";
import { QueryPage } from "@throughline/app-kit/query-page";
import { Alert } from "@throughline/ui/alert";
import { BackLink } from "@throughline/ui/back-link";
import { formatMoment } from "@throughline/ui/format";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { useParams } from "react-router";
import { EvidenceList } from "./evidence-list.tsx";
import { ReviewForm } from "./review-form.tsx";

type Review = RouterOutputs["credentialReviews"]["submission"];

const outcomeLabel = (outcome: string | null) =>
  outcome === "earned" ? "Earned" : outcome === "not_yet" ? "Not yet" : "No outcome";

/** The two reviews a lead reviewer settles, side by side. */
function Disagreement({ review }: { review: Review }) {
  const levelOf = (key: string | undefined) =>
    review.rubric.levels.find((level) => level.key === key)?.label ?? "—";
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {review.disagreement.map((other, index) => (
        <li
          // Reviews carry no id here: reviewers are not named to each other.
          key={index}
          className="flex flex-col gap-2 rounded-md border border-border bg-surface p-3 text-sm"
        >
          <p className="font-semibold">
            Review {index + 1}: {outcomeLabel(other.outcome)}
          </p>
          <ul className="flex flex-col gap-1">
            {review.rubric.criteria.map((criterion) => (
              <li key={criterion.key}>
                {criterion.name}: <strong>{levelOf(other.scores[criterion.key])}</strong>
                {other.feedback[criterion.key] ? ` — ${other.feedback[criterion.key]}` : ""}
              </li>
            ))}
          </ul>
          {other.summary ? <p className="whitespace-pre-line">{other.summary}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function Scoring({ review }: { review: Review }) {
  if (review.mode === "review" || review.mode === "decide") return <ReviewForm review={review} />;
  if (review.mode === "reviewed" && review.myReview) {
    return (
      <Alert variant="info" title="You reviewed this submission">
        Your outcome: {outcomeLabel(review.myReview.outcome)}
        {review.myReview.submittedAt ? `, ${formatMoment(review.myReview.submittedAt)}` : ""}.
      </Alert>
    );
  }
  return <Alert variant="info">This submission does not need your review now.</Alert>;
}

/** One submission: its evidence per requirement, and the rubric to score it against. */
export function ReviewPage() {
  const { submissionId = "" } = useParams();
  return (
    <QueryPage
      options={trpc.credentialReviews.submission.queryOptions({ submissionId })}
      loading="Loading the submission…"
      errorTitle="This submission could not be opened"
    >
      {(review) => <ReviewView review={review} />}
    </QueryPage>
  );
}

function ReviewView({ review }: { review: Review }) {
  const who = review.teacher?.school ? `${review.label} · ${review.teacher.school}` : review.label;
  return (
    <>
      <BackLink to="/reviews">Back to reviews</BackLink>
      <PageHeader
        title={`${review.mode === "decide" ? "Decide" : "Review"}: ${review.credential.name}`}
        description={`${who} · attempt ${review.attempt} · waiting ${review.waitingDays} ${review.waitingDays === 1 ? "day" : "days"}`}
      />
      <div className="flex max-w-3xl flex-col gap-8">
        <p className="text-muted-foreground">{review.credential.competency}</p>
        <TitledSection headingId="evidence-heading" title="Evidence">
          <EvidenceList review={review} />
        </TitledSection>
        {review.mode === "decide" ? (
          <TitledSection headingId="disagreement-heading" title="The reviews that disagree">
            <Disagreement review={review} />
          </TitledSection>
        ) : null}
        <TitledSection headingId="rubric-heading" title="Rubric">
          <Scoring review={review} />
        </TitledSection>
      </div>
    </>
  );
}
