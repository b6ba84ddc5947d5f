import type { UseQueryResult } from "@tanstack/react-query";
import { QueryView } from "@throughline/app-kit/query-view";
import { meetingStateLabel } from "@throughline/domain/rules/meeting-held";
import { EmptyState } from "@throughline/ui/empty-state";
import { formatWeekdayDate } from "@throughline/ui/format";
import { TitledSection } from "@throughline/ui/titled-section";
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
  return (
    <QueryView query={query} about="your team meetings" loadingVariant="inline">
      {(meetings) => <MeetingLists {...meetings} />}
    </QueryView>
  );
}

function MeetingLists({ upcoming, past }: MyMeetings) {
  return (
    <>
      <TitledSection
        headingId="team-meetings-heading"
        title="Team meetings"
        headingClassName="text-foreground"
      >
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
      </TitledSection>
      <TitledSection
        headingId="past-meetings-heading"
        title="Past meetings"
        headingClassName="text-foreground"
      >
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
      </TitledSection>
    </>
  );
}
