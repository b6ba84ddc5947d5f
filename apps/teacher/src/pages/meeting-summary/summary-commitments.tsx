import { actionStepStatusLabels } from "@throughline/domain/action-step-labels";
import type { MeetingSummary } from "@throughline/domain/meeting-room";
import { Badge } from "@throughline/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDay } from "@throughline/ui/format";
import { cn } from "@throughline/ui/utils";
import { Link } from "react-router";

/** Who will do what by when; the reader's own commitments stand out and lead to their plan. */
export function SummaryCommitments({
  commitments,
  viewerId,
}: {
  commitments: MeetingSummary["commitments"];
  viewerId: string;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Commitments</CardTitle>
      </CardHeader>
      <CardContent>
        {commitments.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            No one committed to a step at this meeting.
          </p>
        ) : (
          <ul className="flex flex-col gap-2">
            {commitments.map((commitment) => {
              const mine = commitment.personId === viewerId;
              return (
                <li
                  key={commitment.actionStepId}
                  className={cn(
                    "rounded-md border p-3 text-sm",
                    mine ? "border-primary bg-primary-soft" : "border-border",
                  )}
                >
                  <p>
                    <span className="font-semibold">{mine ? "You" : commitment.personName}</span>{" "}
                    will {commitment.description}
                  </p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground">
                    {commitment.dueOn ? <span>By {formatDay(commitment.dueOn)}</span> : null}
                    <Badge>{actionStepStatusLabels[commitment.status]}</Badge>
                  </p>
                  {mine ? (
                    <Link to="/action-plan" className="mt-2 inline-block text-primary underline">
                      On your action plan
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
