import type { AuthoredSessionFeedback } from "@throughline/domain/session-feedback";
import { usefulnessLabels } from "@throughline/domain/session-feedback-answers";
import { Badge } from "@throughline/ui/badge";
import {
  Table,
  TableBody,
  TableCell,
  TableColumns,
  TableRow,
  TableRowHead,
} from "@throughline/ui/table";
import { Link } from "react-router";

const columns = [
  "Session",
  "Completed",
  "Median minutes",
  "Responses",
  "Useful (of 4)",
  "Will use this week",
  "Revision",
];

/** Red to green over the four levels, as the legend on the page reads them. */
const levelColour = ["bg-danger", "bg-warning", "bg-info", "bg-success"];

/** The spread of usefulness answers: a bar for the eye, its counts for a screen reader. */
function UsefulnessBar({ session }: { session: AuthoredSessionFeedback }) {
  const rated = session.usefulness.reduce((sum, share) => sum + share.count, 0);
  if (rated === 0) {
    return <span className="whitespace-nowrap text-muted-foreground">No answers yet</span>;
  }
  const spoken = session.usefulness
    .map((share) => `${usefulnessLabels[share.level]} ${share.count}`)
    .join(", ");
  return (
    <div className="flex min-w-28 flex-col gap-1">
      <span className="font-medium">{session.meanUsefulness?.toFixed(1)}</span>
      <div aria-hidden="true" className="flex h-2.5 w-full overflow-hidden rounded-full bg-muted">
        {session.usefulness.map((share, index) =>
          share.count > 0 ? (
            <span
              key={share.level}
              className={levelColour[index]}
              style={{ width: `${(share.count / rated) * 100}%` }}
            />
          ) : null,
        )}
      </div>
      <span className="sr-only">{spoken}</span>
    </div>
  );
}

function WillUse({ session }: { session: AuthoredSessionFeedback }) {
  if (session.willUsePercent === null) return <span className="text-muted-foreground">—</span>;
  const answered = session.willUse.yes + session.willUse.not_yet + session.willUse.no;
  return (
    <>
      {session.willUsePercent}% yes
      <span className="block text-xs whitespace-nowrap text-muted-foreground">
        {session.willUse.yes} of {answered}
      </span>
    </>
  );
}

/** One stage's sessions: completions, time, feedback and the revision flag, row by row. */
export function SessionFeedbackTable({
  stageLabel,
  sessions,
}: {
  stageLabel: string;
  sessions: readonly AuthoredSessionFeedback[];
}) {
  return (
    <Table scrollLabel={`Feedback on ${stageLabel}`}>
      <TableColumns names={columns} />
      <TableBody>
        {sessions.map((session) => (
          <TableRow key={session.sessionId}>
            <TableRowHead className="min-w-44 py-3 whitespace-normal">
              <Link
                to={`/framework/sessions/${session.sessionId}`}
                className="font-medium text-primary underline-offset-4 hover:underline"
              >
                {session.position}. {session.title}
              </Link>
              {session.revision.flagged ? (
                // On a phone the revision column is scrolled out of sight: the flag shows here
                // too (read once, from its own column).
                <Badge variant="danger" aria-hidden="true" className="mt-1 flex w-fit md:hidden">
                  Flagged
                </Badge>
              ) : null}
            </TableRowHead>
            <TableCell>{session.completions}</TableCell>
            <TableCell>
              {session.medianMinutes === null ? (
                "—"
              ) : (
                <>
                  {session.medianMinutes}
                  <span className="block text-xs text-muted-foreground">
                    est. {session.estimatedMinutes}
                  </span>
                </>
              )}
            </TableCell>
            <TableCell>
              {session.responses}
              {session.skipped > 0 ? (
                <span className="block text-xs text-muted-foreground">
                  {session.skipped} skipped
                </span>
              ) : null}
            </TableCell>
            <TableCell>
              <UsefulnessBar session={session} />
            </TableCell>
            <TableCell className="whitespace-nowrap">
              <WillUse session={session} />
            </TableCell>
            <TableCell>
              {session.revision.flagged ? (
                <div className="flex min-w-36 flex-col items-start gap-1">
                  <Badge variant="danger">Flagged for revision</Badge>
                  <span className="text-xs text-muted-foreground">{session.revision.reason}</span>
                </div>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
