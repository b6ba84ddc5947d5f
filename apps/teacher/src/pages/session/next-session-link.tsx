import { CalendarClock, PartyPopper } from "lucide-react";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import { SessionStartLink } from "../../lib/session-start-link.tsx";
import type { NextSession } from "./types.ts";

/** What to do after a session: start the next one now, wait for its date, or the stage is done. */
export function NextSessionLink({ next, stageId }: { next: NextSession; stageId: string }) {
  switch (next.kind) {
    case "available":
      return (
        <SessionStartLink sessionId={next.session.id}>
          Start the next session: {next.session.title}
        </SessionStartLink>
      );
    case "scheduled":
      return (
        <p className="inline-flex items-start gap-2 font-medium text-warning">
          <CalendarClock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>
            The next session, “{next.session.title}”, opens on {formatDate(next.opensAt)}.
          </span>
        </p>
      );
    case "finished":
      return (
        <div className="flex flex-col items-start gap-2">
          <p className="inline-flex items-center gap-2 font-medium text-success">
            <PartyPopper aria-hidden="true" className="size-4" />
            You have finished every session of this stage.
          </p>
          <Link to={`/stages/${stageId}`} className="font-medium text-primary underline">
            See what remains in this stage
          </Link>
        </div>
      );
  }
}
