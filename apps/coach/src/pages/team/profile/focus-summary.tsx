import type { TeamFocusView } from "@throughline/domain/team-focus";
import { formatDate } from "@throughline/ui/format";

/** One focus: who set it and when, its indicators, sessions and reason. */
export function FocusSummary({ focus }: { focus: TeamFocusView }) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="text-muted-foreground">
        Set by {focus.setBy.displayName} on {formatDate(focus.setAt)}
      </p>
      <p>
        <span className="font-medium">Indicators:</span>{" "}
        {focus.indicators.map((indicator) => `${indicator.code} ${indicator.title}`).join("; ")}
      </p>
      {focus.sessions.length > 0 ? (
        <p>
          <span className="font-medium">Sessions:</span>{" "}
          {focus.sessions.map((session) => session.title).join("; ")}
        </p>
      ) : null}
      {focus.reason ? <p className="whitespace-pre-wrap">{focus.reason}</p> : null}
    </div>
  );
}
