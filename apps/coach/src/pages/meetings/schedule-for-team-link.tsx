import { useQuery } from "@tanstack/react-query";
import { buttonClasses } from "@throughline/ui/button";
import { CalendarPlus } from "lucide-react";
import { Link } from "react-router";
import { trpc } from "../../lib/trpc.ts";

/** "Schedule a meeting" for a team, shown only when the viewer may schedule there. */
export function ScheduleForTeamLink({ teamId }: { teamId: string }) {
  const teams = useQuery(trpc.meetings.schedulableTeams.queryOptions());
  if (!teams.data?.some((team) => team.id === teamId)) return null;
  return (
    <Link
      to={`/meetings/new?teamId=${encodeURIComponent(teamId)}`}
      className={buttonClasses({ variant: "secondary" })}
    >
      <CalendarPlus aria-hidden="true" />
      Schedule a meeting
    </Link>
  );
}
