import { Card } from "@throughline/ui/card";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import { TitledSection } from "@throughline/ui/titled-section";
import { formatShortDate } from "./format.ts";
import type { LatestAttempt } from "./types.ts";

/** The decided review(s): a level and feedback per criterion, and the summary. Reviewers stay unnamed. */
export function FeedbackCard({ attempt }: { attempt: LatestAttempt }) {
  const { rubric } = attempt.definition;
  const levelLabel = (key: string | undefined) =>
    rubric.levels.find((level) => level.key === key)?.label ?? "Not scored";
  return (
    <TitledSection
      headingId="feedback-heading"
      title={`Feedback on attempt ${attempt.attempt}`}
      headingClassName="text-xl"
    >
      {attempt.feedback.map((review) => (
        <Card key={review.id} className="overflow-hidden">
          <div className="flex flex-col gap-1 p-4 sm:px-6">
            <p className="font-medium">
              {review.reviewerLabel}, {formatShortDate(review.reviewedAt)}
            </p>
            {review.summary ? <p className="whitespace-pre-wrap">{review.summary}</p> : null}
          </div>
          <Table scrollLabel="Feedback per criterion">
            <TableHeader>
              <TableRow>
                <TableHead className="pl-4 sm:pl-6">Criterion</TableHead>
                <TableHead>Level</TableHead>
                <TableHead className="pr-4 sm:pr-6">Feedback</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rubric.criteria.map((criterion) => (
                <TableRow key={criterion.key}>
                  <TableHead
                    scope="row"
                    // Wraps like body text, so on a phone the level and feedback stay in view.
                    className="h-auto min-w-32 py-3 pl-4 align-top text-sm tracking-normal whitespace-normal text-foreground normal-case sm:pl-6"
                  >
                    {criterion.name}
                  </TableHead>
                  <TableCell className="align-top">
                    {levelLabel(review.scores[criterion.key])}
                  </TableCell>
                  <TableCell className="min-w-48 pr-4 align-top whitespace-pre-wrap sm:pr-6">
                    {review.feedback[criterion.key] || "—"}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      ))}
    </TitledSection>
  );
}
