import { useQuery } from "@tanstack/react-query";
import { MyCalendarFeed } from "@throughline/app-kit/calendar-feed";
import { trpc } from "@throughline/app-kit/client";
import { CalendarEventList } from "@throughline/ui/calendar-event-list";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";
import { TeamMeetings } from "./team-meetings.tsx";

/** Meetings: the teacher's team meetings with agendas, workshops, and their calendar link. */
export function MeetingsPage() {
  const meetings = useQuery(trpc.meetings.upcomingForMe.queryOptions());
  const upcoming = useQuery(trpc.calendar.upcoming.queryOptions());
  // Team meetings come with their agendas above; the calendar list adds the workshops.
  const workshops = upcoming.data?.filter((event) => event.kind === "workshop") ?? [];
  return (
    <>
      <PageHeader
        title="Meetings"
        description="Your team's support meetings and your workshops in the next 60 days."
      />
      <div className="flex flex-col gap-8">
        <TeamMeetings query={meetings} />
        {workshops.length > 0 ? (
          <TitledSection
            headingId="workshops-heading"
            title="Workshops"
            headingClassName="text-foreground"
          >
            <CalendarEventList events={workshops} />
          </TitledSection>
        ) : null}
        <MyCalendarFeed />
      </div>
    </>
  );
}
