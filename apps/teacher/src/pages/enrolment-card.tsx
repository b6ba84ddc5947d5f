import { Badge } from "@throughline/ui/badge";
import { buttonClasses } from "@throughline/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { SessionProgressRing } from "@throughline/ui/session-progress-ring";
import { StageStatusBadge } from "@throughline/ui/stage-status-badge";
import { WorkshopAttendedMark } from "@throughline/ui/workshop-facts";
import { CalendarClock, Clock, PartyPopper, Play } from "lucide-react";
import { Link } from "react-router";
import { formatDate } from "../lib/format.ts";
import type { Enrolment } from "../lib/types.ts";
import { WorkshopDetails } from "./workshop-details.tsx";

function NextSession({ next, total }: { next: Enrolment["next"]; total: number }) {
  if (next.kind === "finished") {
    return (
      <div className="flex items-center gap-3 rounded-lg bg-success-soft px-4 py-3 text-success">
        <PartyPopper aria-hidden="true" className="size-5 shrink-0" />
        <p className="font-medium">All sessions complete</p>
      </div>
    );
  }
  const { session } = next;
  return (
    <div className="rounded-lg border border-border bg-muted px-4 py-4">
      <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        Next MicroPD session
      </h4>
      <p className="mt-1 font-semibold text-foreground">{session.title}</p>
      <p className="mt-1 text-sm text-muted-foreground">{session.summary}</p>
      <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <span className="inline-flex items-center gap-1.5 text-foreground">
          <Clock aria-hidden="true" className="size-4 text-muted-foreground" />
          <span>
            ~{session.estimatedMinutes} min
            <span className="sr-only"> (about {session.estimatedMinutes} minutes)</span>
          </span>
        </span>
        <span className="text-muted-foreground">
          Session {session.position} of {total}
        </span>
        {next.kind === "scheduled" ? (
          <span className="inline-flex items-center gap-1.5 font-medium text-warning">
            <CalendarClock aria-hidden="true" className="size-4" />
            Opens on {formatDate(next.opensAt)}
          </span>
        ) : (
          <Badge variant="primary">Available now</Badge>
        )}
      </div>
      {next.kind === "available" ? (
        <Link
          to={`/sessions/${session.id}`}
          aria-label={`Start session: ${session.title}`}
          className={buttonClasses({ className: "mt-4" })}
        >
          <Play aria-hidden="true" />
          Start session
        </Link>
      ) : null}
    </div>
  );
}

/**
 * One stage the teacher is enrolled in: its program (when they are in several), status,
 * progress, workshop and what to do next.
 */
export function EnrolmentCard({
  enrolment,
  programTitle,
}: {
  enrolment: Enrolment;
  programTitle?: string;
}) {
  const { stage, sessionsCompleted, sessionsTotal } = enrolment;
  return (
    <Card className="@container flex w-full flex-col">
      <CardHeader className="gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm font-semibold text-primary">
            {programTitle ? `${programTitle} · ` : null}Stage {stage.position}
          </p>
          <StageStatusBadge status={enrolment.status} />
        </div>
        <CardTitle level={3}>
          <Link to={`/stages/${stage.id}`} className="underline-offset-4 hover:underline">
            {stage.title}
          </Link>
        </CardTitle>
        <p className="text-sm text-muted-foreground">
          {enrolment.cohortName.includes(enrolment.schoolYear)
            ? enrolment.cohortName
            : `${enrolment.cohortName} · ${enrolment.schoolYear}`}{" "}
          · {enrolment.releaseMode === "self_paced" ? "Self-paced" : "Sessions open on set dates"}
        </p>
      </CardHeader>
      <CardContent className="grid flex-1 content-start gap-5 @2xl:grid-cols-2 @2xl:items-start">
        <div className="flex items-center gap-4">
          <SessionProgressRing completed={sessionsCompleted} total={sessionsTotal} />
          <div className="flex flex-col gap-1.5 text-sm">
            <p className="font-medium text-foreground">
              {sessionsCompleted} of {sessionsTotal} MicroPD sessions complete
            </p>
            <WorkshopAttendedMark
              attended={enrolment.workshopAttended}
              attendedLabel="Introductory workshop attended"
              pendingLabel="Introductory workshop not attended yet"
            />
          </div>
        </div>
        <NextSession next={enrolment.next} total={sessionsTotal} />
        <WorkshopDetails workshop={enrolment.workshop} />
      </CardContent>
    </Card>
  );
}
