import { useMutation, useQuery } from "@tanstack/react-query";
import { CalendarFeedSection } from "@throughline/ui/calendar-sections";
import { trpc } from "./client.ts";

/**
 * The signed-in person's calendar link: the feed card wired to the feed query and the create and
 * turn-off mutations, the same on the teacher's meetings page and the coach's calendar.
 */
export function MyCalendarFeed() {
  const feed = useQuery(trpc.calendar.feed.queryOptions());
  const createFeed = useMutation(trpc.calendar.createFeed.mutationOptions());
  const revokeFeed = useMutation(trpc.calendar.revokeFeed.mutationOptions());
  return <CalendarFeedSection feed={feed} createFeed={createFeed} revokeFeed={revokeFeed} />;
}
