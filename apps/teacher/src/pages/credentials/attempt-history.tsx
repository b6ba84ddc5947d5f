import { Badge } from "@throughline/ui/badge";
import { TitledSection } from "@throughline/ui/titled-section";
import { formatShortDate, statusVariants } from "./format.ts";
import type { Attempt } from "./types.ts";

const statusWords: Record<Attempt["status"], string> = {
  draft: "Draft",
  submitted: "Submitted, waiting for review",
  not_yet: "Not yet",
  earned: "Earned",
};

/** Every attempt, newest first, with its dates and outcome. */
export function AttemptHistory({ attempts }: { attempts: Attempt[] }) {
  return (
    <TitledSection headingId="attempts-heading" title="Attempts" headingClassName="text-xl">
      <ol className="flex flex-col gap-2">
        {attempts.map((attempt) => (
          <li
            key={attempt.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-border bg-surface px-4 py-3"
          >
            <span className="font-medium">Attempt {attempt.attempt}</span>
            <span className="text-sm text-muted-foreground">
              Started {formatShortDate(attempt.startedAt)}
              {attempt.submittedAt ? ` · submitted ${formatShortDate(attempt.submittedAt)}` : ""}
              {attempt.decidedAt ? ` · decided ${formatShortDate(attempt.decidedAt)}` : ""}
            </span>
            <Badge variant={statusVariants[attempt.status] ?? "neutral"}>
              {statusWords[attempt.status]}
            </Badge>
          </li>
        ))}
      </ol>
    </TitledSection>
  );
}
