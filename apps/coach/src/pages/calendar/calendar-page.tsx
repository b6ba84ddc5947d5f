import { useMutation, useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { CalendarFeedSection, UpcomingEvents } from "@throughline/ui/calendar-sections";
import { PageHeader } from "@throughline/ui/page-header";

/** Calendar: the meetings and workshops coming up, and the coach's calendar link. */
export function CalendarPage() {
  const upcoming = useQuery(trpc.calendar.upcoming.queryOptions());
  const feed = useQuery(trpc.calendar.feed.queryOptions());
  const createFeed = useMutation(trpc.calendar.createFeed.mutationOptions());
  const revokeFeed = useMutation(trpc.calendar.revokeFeed.mutationOptions());
  return (
    <>
      <PageHeader
        title="Calendar"
        description="Support meetings of the teams you facilitate or belong to, and the workshops of your cohorts, in the next 60 days."
      />
      <div className="flex flex-col gap-8">
        <CalendarFeedSection feed={feed} createFeed={createFeed} revokeFeed={revokeFeed} />
        <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
          <h2 id="upcoming-heading" className="text-lg font-semibold text-foreground">
            Coming up
          </h2>
          <UpcomingEvents query={upcoming} />
        </section>
      </div>
    </>
  );
}
