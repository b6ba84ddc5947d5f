import { Badge } from "@throughline/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDate as formatMediumDate } from "@throughline/ui/format";
import { cn } from "@throughline/ui/utils";
import { Check, Clock, Lock } from "lucide-react";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import type { StageSession } from "./types.ts";

/** The state of a session in words, so the marker's colour is never the only sign. */
function StateText({ state }: { state: StageSession["state"] }) {
  switch (state?.kind) {
    case "completed":
      return (
        <span className="text-success">Completed on {formatMediumDate(state.completedAt)}</span>
      );
    case "available":
      return <Badge variant="primary">Available now</Badge>;
    case "scheduled":
      return <span className="font-medium text-warning">Opens on {formatDate(state.opensAt)}</span>;
    case "upcoming":
      return <span className="text-muted-foreground">Opens after the one before it</span>;
    default:
      return null;
  }
}

function Marker({ session }: { session: StageSession }) {
  const kind = session.state?.kind;
  return (
    <span
      aria-hidden="true"
      className={cn(
        "relative z-10 flex size-9 shrink-0 items-center justify-center rounded-full border-2 text-sm font-semibold",
        kind === "completed" && "border-success bg-success text-primary-foreground",
        kind === "available" &&
          "border-primary bg-primary text-primary-foreground ring-4 ring-primary-soft",
        kind === "scheduled" && "border-warning bg-warning-soft text-warning",
        (kind === "upcoming" || kind === undefined) &&
          "border-input bg-surface text-muted-foreground",
      )}
    >
      {kind === "completed" ? (
        <Check className="size-4" />
      ) : kind === "scheduled" ? (
        <Lock className="size-4" />
      ) : (
        session.position
      )}
    </span>
  );
}

/**
 * Every MicroPD session of the stage as a vertical timeline: done, the one to take now, and what
 * follows. Sessions the teacher may open (done or next) are links; the rest say why not yet.
 */
export function SessionTimeline({
  sessions,
  pace,
  recommendedIds,
}: {
  sessions: readonly StageSession[];
  /** How sessions open for this teacher; "preview" for a stage they are not enrolled in. */
  pace: "self_paced" | "dated" | "preview";
  /** Sessions recommended to the teacher: they open at once, out of order. */
  recommendedIds: ReadonlySet<string>;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle id="sessions-heading">MicroPD sessions</CardTitle>
        <CardDescription>
          {pace === "preview"
            ? `${sessions.length} short online sessions, taken in order.`
            : pace === "dated"
              ? "Short online sessions, taken in order. Your cohort opens each one on a set date."
              : "Short online sessions, taken in order. The next one opens as soon as you finish one."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ol aria-labelledby="sessions-heading" className="flex flex-col">
          {sessions.map((session, index) => {
            const inTurn =
              session.state?.kind === "completed" || session.state?.kind === "available";
            const recommended = !inTurn && recommendedIds.has(session.id);
            const open = inTurn || recommended;
            const isLast = index === sessions.length - 1;
            return (
              <li
                key={session.id}
                aria-current={session.state?.kind === "available" ? "step" : undefined}
                className="relative flex gap-4 pb-6 last:pb-0"
              >
                {isLast ? null : (
                  <span
                    aria-hidden="true"
                    className={cn(
                      "absolute top-9 bottom-0 left-[1.0625rem] w-0.5",
                      session.state?.kind === "completed" ? "bg-success" : "bg-border",
                    )}
                  />
                )}
                <Marker session={session} />
                <div className="flex min-w-0 flex-1 flex-col gap-1 pt-1">
                  <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
                    Session {session.position}
                  </p>
                  <h3 className="font-semibold text-foreground">
                    {open ? (
                      <Link
                        to={`/sessions/${session.id}`}
                        className="text-primary underline-offset-4 hover:underline"
                      >
                        {session.title}
                      </Link>
                    ) : (
                      session.title
                    )}
                  </h3>
                  <p className="text-sm text-muted-foreground">{session.summary}</p>
                  <div className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                    <span className="inline-flex items-center gap-1.5 text-foreground">
                      <Clock aria-hidden="true" className="size-4 text-muted-foreground" />
                      About {session.estimatedMinutes} minutes
                    </span>
                    {recommended ? (
                      <Badge variant="primary">Recommended for you · open now</Badge>
                    ) : (
                      <StateText state={session.state} />
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      </CardContent>
    </Card>
  );
}
