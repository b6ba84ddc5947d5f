import { Card, CardContent, CardHeader, CardTitle } from "@throughline/ui/card";
import { SessionProgressRing } from "@throughline/ui/session-progress-ring";
import { CalendarClock, CircleDashed, PartyPopper } from "lucide-react";
import { formatDate } from "../../lib/format.ts";
import { SessionStartLink } from "../../lib/session-start-link.tsx";
import type { NextSession, StageEnrolment } from "./types.ts";

function NextStep({ next }: { next: NextSession }) {
  switch (next.kind) {
    case "available":
      return (
        <SessionStartLink sessionId={next.session.id}>
          Continue with session {next.session.position}: {next.session.title}
        </SessionStartLink>
      );
    case "scheduled":
      return (
        <p className="inline-flex items-start gap-2 text-sm font-medium text-warning">
          <CalendarClock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          Session {next.session.position}, “{next.session.title}”, opens on{" "}
          {formatDate(next.opensAt)}.
        </p>
      );
    case "finished":
      return (
        <p className="inline-flex items-center gap-2 text-sm font-medium text-success">
          <PartyPopper aria-hidden="true" className="size-4" />
          You have finished every session of this stage.
        </p>
      );
  }
}

/** How far the teacher is, as a ring and in words, what is left, and the next thing to do. */
export function ProgressCard({ enrolment }: { enrolment: StageEnrolment }) {
  const { sessionsCompleted, sessionsTotal, remaining } = enrolment;
  return (
    <Card className="h-full">
      <CardHeader>
        <CardTitle>Your progress</CardTitle>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        <div className="flex items-center gap-4">
          <SessionProgressRing completed={sessionsCompleted} total={sessionsTotal} size={88} />
          <p className="font-medium text-foreground">
            {sessionsCompleted} of {sessionsTotal} MicroPD sessions complete
          </p>
        </div>
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold text-foreground">What remains</h3>
          {remaining.length > 0 ? (
            <ul className="flex flex-col gap-1.5 text-sm">
              {remaining.map((item) => (
                <li key={item.kind} className="flex items-start gap-2">
                  <CircleDashed
                    aria-hidden="true"
                    className="mt-0.5 size-4 shrink-0 text-muted-foreground"
                  />
                  <span className="first-letter:uppercase">{item.text}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-success">Nothing: this stage is complete.</p>
          )}
        </div>
        <NextStep next={enrolment.next} />
      </CardContent>
    </Card>
  );
}
