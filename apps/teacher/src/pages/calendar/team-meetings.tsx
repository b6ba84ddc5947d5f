import type { UseQueryResult } from "@tanstack/react-query";
import { QueryState } from "@throughline/app-kit/query-state";
import { meetingStateLabel } from "@throughline/domain/rules/meeting-held";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatWeekdayDate } from "@throughline/ui/format";
import { CalendarDays } from "lucide-react";
import { Link } from "react-router";
import { TeamMeetingCard } from "./team-meeting-card.tsx";
import type { MyMeetings } from "./types.ts";

/** The teacher's team meetings: coming up with agendas, and past ones with their summaries. */
export function TeamMeetings({
  query,
}: {
  query: UseQueryResult<MyMeetings, { message: string }>;
}) {
  if (!query.isSuccess) {
    return (
      <QueryState
        query={query}
        loading="Loading your team meetings…"
        loadingVariant="inline"
        errorTitle="Your team meetings could not be loaded"
      />
    );
  }
  const { upcoming, past } = query.data;
  return (
    <>
      <section aria-labelledby="team-meetings-heading" className="flex flex-col gap-3">
        <h2 id="team-meetings-heading" className="text-lg font-semibold text-foreground">
          Team meetings
        </h2>
        {upcoming.length === 0 ? (
          <EmptyState title="No team meetings in the next 60 days" icon={CalendarDays}>
            <p>When your facilitator schedules one, it appears here with its agenda.</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {upcoming.map((meeting) => (
              <TeamMeetingCard key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="past-meetings-heading" className="flex flex-col gap-3">
        <h2 id="past-meetings-heading" className="text-lg font-semibold text-foreground">
          Past meetings
        </h2>
        {past.length === 0 ? (
          <p className="text-sm text-muted-foreground">No meetings in the last 60 days.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {past.map((meeting) => (
              <li key={meeting.id} className="text-sm">
                <Link to={`/meetings/${meeting.id}`} className="font-medium text-primary underline">
                  {meeting.title}
                </Link>{" "}
                <span className="text-muted-foreground">
                  · {meeting.teamName} · {meetingStateLabel(meeting.display, formatWeekdayDate)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
