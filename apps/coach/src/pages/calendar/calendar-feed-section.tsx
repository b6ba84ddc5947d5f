import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { CalendarFeedCard } from "@throughline/ui/calendar-feed-card";
import { useState } from "react";
import { trpc } from "../../lib/trpc.ts";

/** The calendar-feed card wired to this app's API client. */
export function CalendarFeedSection() {
  const queryClient = useQueryClient();
  const feed = useQuery(trpc.calendar.feed.queryOptions());
  // The link comes back once, from creating it; it lives only in this page's memory.
  const [createdUrl, setCreatedUrl] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.calendar.feed.queryKey() });

  const create = useMutation(
    trpc.calendar.createFeed.mutationOptions({
      onSuccess: (created) => setCreatedUrl(created.url),
      onSettled: refresh,
    }),
  );
  const revoke = useMutation(
    trpc.calendar.revokeFeed.mutationOptions({
      onSuccess: () => setCreatedUrl(null),
      onSettled: refresh,
    }),
  );

  return (
    <CalendarFeedCard
      feed={feed.data}
      loadError={feed.isError ? feed.error.message : null}
      onRetry={() => void feed.refetch()}
      createdUrl={createdUrl}
      create={{
        run: () => {
          revoke.reset();
          create.mutate();
        },
        pending: create.isPending,
        error: create.isError ? create.error.message : null,
      }}
      revoke={{
        run: () => {
          create.reset();
          revoke.mutate();
        },
        pending: revoke.isPending,
        error: revoke.isError ? revoke.error.message : null,
      }}
    />
  );
}
