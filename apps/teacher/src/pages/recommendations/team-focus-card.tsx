import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@throughline/ui/card";
import { formatDate } from "@throughline/ui/format";
import { Link } from "react-router";

/**
 * "Your team's focus": what each of the teacher's teams chose to work on next, with the
 * sessions the facilitator recommends to the team. Nothing shows while no team has a focus.
 */
export function TeamFocusCard() {
  const focuses = useQuery(trpc.teamFocus.mine.queryOptions());
  if (!focuses.isSuccess || focuses.data.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle id="team-focus-heading">Your team's focus</CardTitle>
        <CardDescription>Chosen by your team's facilitator from the team profile.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-5">
        {focuses.data.map(({ teamId, teamName, focus }) => (
          <div key={teamId} className="flex flex-col gap-2">
            <h3 className="font-semibold">
              {teamName}: {focus.indicators.map((indicator) => indicator.title).join("; ")}
            </h3>
            <p className="text-sm text-muted-foreground">
              Set by {focus.setBy.displayName} on {formatDate(focus.setAt)}
            </p>
            {focus.reason ? <p className="whitespace-pre-wrap text-sm">{focus.reason}</p> : null}
            {focus.sessions.length > 0 ? (
              <ul className="flex flex-col gap-1">
                {focus.sessions.map((session) => (
                  <li key={session.id}>
                    <Link
                      to={`/sessions/${session.id}`}
                      className="inline-flex min-h-11 items-center font-medium text-primary underline hover:text-primary-hover"
                    >
                      {session.title}
                    </Link>{" "}
                    <span className="text-sm text-muted-foreground">
                      · {session.estimatedMinutes} min
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
