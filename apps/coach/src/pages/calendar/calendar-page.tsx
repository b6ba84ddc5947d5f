import { useQuery } from "@tanstack/react-query";
import { MyCalendarFeed } from "@throughline/app-kit/calendar-feed";
import { trpc } from "@throughline/app-kit/client";
import { UpcomingEvents } from "@throughline/ui/calendar-sections";
import { PageHeader } from "@throughline/ui/page-header";
import { TitledSection } from "@throughline/ui/titled-section";

/** Calendar: the meetings and workshops coming up, and the coach's calendar link. */
export function CalendarPage() {
  const upcoming = useQuery(trpc.calendar.upcoming.queryOptions());
  return (
    <>
      <PageHeader
        title="Calendar"
        description="Support meetings of the teams you facilitate or belong to, and the workshops of your cohorts, in the next 60 days."
      />
      <div className="flex flex-col gap-8">
        <MyCalendarFeed />
        <TitledSection
          headingId="upcoming-heading"
          title="Coming up"
          headingClassName="text-foreground"
        >
          <UpcomingEvents query={upcoming} />
        </TitledSection>
      </div>
    </>
  );
}
