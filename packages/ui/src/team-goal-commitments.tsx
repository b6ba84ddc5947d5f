import { actionStepStatusLabels } from "@throughline/domain/action-step-labels";
import type { TeamGoalCommitments } from "@throughline/domain/team-goal";
import { statusVariant } from "./action-step-display.ts";
import { Badge } from "./badge.tsx";
import { formatDay } from "./format.ts";

function countWords(count: number): string {
  return `${count} ${count === 1 ? "commitment" : "commitments"}`;
}

/**
 * The commitments tied to a team goal: how many, and who will do what by when for those on
 * action plans the viewer may read; the rest are counted, never shown.
 */
export function GoalCommitmentList({
  commitments,
  headingLevel = 4,
}: {
  commitments: TeamGoalCommitments;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const hidden = commitments.total - commitments.readable.length;
  return (
    <section aria-label="Commitments tied to the goal" className="flex flex-col gap-2">
      <Heading className="text-sm font-semibold">
        Commitments tied to the goal ({commitments.total})
      </Heading>
      {commitments.total === 0 ? (
        <p className="text-sm text-muted-foreground">
          None yet: commitments made in a meeting can be tied to this goal.
        </p>
      ) : null}
      {commitments.readable.length > 0 ? (
        <ul className="flex flex-col gap-2">
          {commitments.readable.map((commitment) => (
            <li key={commitment.id} className="rounded-md border border-border p-3 text-sm">
              <p>{commitment.description}</p>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground">
                <span className="font-semibold text-foreground">{commitment.ownerName}</span>
                <Badge variant={statusVariant[commitment.status]}>
                  {actionStepStatusLabels[commitment.status]}
                </Badge>
                <span>
                  {commitment.dueOn ? `Due ${formatDay(commitment.dueOn)}` : "No due date"}
                </span>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {hidden > 0 ? (
        <p className="text-sm text-muted-foreground">
          {countWords(hidden)} on action plans you do not have access to.
        </p>
      ) : null}
    </section>
  );
}
