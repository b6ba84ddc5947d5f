import { useMutation, useQuery } from "@tanstack/react-query";
import { CalendarFeedSection, UpcomingEvents } from "@throughline/ui/calendar-sections";
import { PageHeader } from "@throughline/ui/page-header";
import { trpc } from "../../lib/trpc.ts";

/** Meetings: what is coming up for the teacher, and their calendar link. */
export function MeetingsPage() {
  const upcoming = useQuery(trpc.calendar.upcoming.queryOptions());
  const feed = useQuery(trpc.calendar.feed.queryOptions());
  const createFeed = useMutation(trpc.calendar.createFeed.mutationOptions());
  const revokeFeed = useMutation(trpc.calendar.revokeFeed.mutationOptions());
  return (
    <>
      <PageHeader
        title="Meetings"
        description="Your team's support meetings and your workshops in the next 60 days."
      />
      <div className="flex flex-col gap-8">
        <section aria-labelledby="upcoming-heading" className="flex flex-col gap-3">
          <h2 id="upcoming-heading" className="text-lg font-semibold text-foreground">
            Coming up
          </h2>
          <UpcomingEvents query={upcoming} />
        </section>
        <CalendarFeedSection feed={feed} createFeed={createFeed} revokeFeed={revokeFeed} />
      </div>
    </>
  );
}
