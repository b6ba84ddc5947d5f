import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { buttonClasses } from "@throughline/ui/button";
import { CalendarPlus } from "lucide-react";
import { Link } from "react-router";

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
