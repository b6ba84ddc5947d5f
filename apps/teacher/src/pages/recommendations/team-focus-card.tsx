import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDate } from "@throughline/ui/format";

/**
 * "Your team's focus": what each of the teacher's teams chose to work on next, who chose it and
 * why. The sessions it chose are not listed here: they are recommended with the team's choice as
 * the reason (the recommendation rule ranks them with the rest). Nothing shows while no team has
 * a focus.
 */
export function TeamFocusCard() {
  const focuses = useQuery(trpc.teamFocus.mine.queryOptions());
  if (!focuses.isSuccess || focuses.data.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle id="team-focus-heading">Your team's focus</CardTitle>
        <CardDescription>
          Chosen by your team's facilitator from the team profile. The sessions chosen with it are
          among your recommended sessions, marked with the team's name.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {focuses.data.map(({ teamId, teamName, focus }) => (
          <div key={teamId} className="flex flex-col gap-2">
            <h3 className="font-semibold">
              {teamName}: {focus.indicators.map((indicator) => indicator.title).join("; ")}
            </h3>
            <p className="text-sm text-muted-foreground">
              Set by {focus.setBy.displayName} on {formatDate(focus.setAt)}
              {focus.sessions.length > 0
                ? ` · ${focus.sessions.length} ${focus.sessions.length === 1 ? "session" : "sessions"} chosen`
                : ""}
            </p>
            {focus.reason ? <p className="whitespace-pre-wrap text-sm">{focus.reason}</p> : null}
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
