import type { CalendarEvent } from "@throughline/domain/calendar";
import { CalendarDays } from "lucide-react";
import { useState } from "react";
import { CalendarEventList } from "./calendar-event-list.tsx";
import { CalendarFeedCard, type CalendarFeedState } from "./calendar-feed-card.tsx";
import { EmptyState } from "./empty-state.tsx";
import { ErrorState } from "./error-state.tsx";
import { Loading } from "./loading.tsx";

/*
 * The calendar sections of the teacher and coach apps. They take query and mutation results by
 * shape (a TanStack Query result fits as is), so each app passes its own API client's results
 * and nothing here imports the API.
 */

interface QueryLike<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  error: { message: string } | null;
  refetch: () => unknown;
}

interface MutationLike<T> {
  mutate(
    variables: undefined,
    options: { onSuccess: (data: T) => void; onSettled: () => void },
  ): void;
  reset(): void;
  isPending: boolean;
  isError: boolean;
  error: { message: string } | null;
}

/** The person's meetings and workshops of the next 60 days, as their calendar feed has them. */
export function UpcomingEvents({ query }: { query: QueryLike<readonly CalendarEvent[]> }) {
  if (query.isPending) return <Loading variant="inline" label="Loading your meetings…" />;
  if (query.isError || !query.data) {
    return (
      <ErrorState
        title="Your meetings could not be loaded"
        message={query.error?.message ?? "Please try again."}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (query.data.length === 0) {
    return (
      <EmptyState title="Nothing scheduled in the next 60 days" icon={CalendarDays}>
        <p>Support meetings of your teams and the workshops of your cohorts appear here.</p>
      </EmptyState>
    );
  }
  return <CalendarEventList events={query.data} />;
}

/** The calendar-feed card wired to a feed query and the create and turn-off mutations. */
export function CalendarFeedSection({
  feed,
  createFeed,
  revokeFeed,
}: {
  feed: QueryLike<CalendarFeedState>;
  createFeed: MutationLike<{ url: string }>;
  revokeFeed: MutationLike<unknown>;
}) {
  // The link comes back once, from creating it; it lives only in this page's memory.
  const [createdUrl, setCreatedUrl] = useState<string | null>(null);
  const refresh = () => void feed.refetch();
  return (
    <CalendarFeedCard
      feed={feed.data}
      loadError={feed.isError ? (feed.error?.message ?? "Please try again.") : null}
      onRetry={refresh}
      createdUrl={createdUrl}
      create={{
        run: () => {
          revokeFeed.reset();
          createFeed.mutate(undefined, {
            onSuccess: (created) => setCreatedUrl(created.url),
            onSettled: refresh,
          });
        },
        pending: createFeed.isPending,
        error: createFeed.isError ? (createFeed.error?.message ?? null) : null,
      }}
      revoke={{
        run: () => {
          createFeed.reset();
          revokeFeed.mutate(undefined, {
            onSuccess: () => setCreatedUrl(null),
            onSettled: refresh,
          });
        },
        pending: revokeFeed.isPending,
        error: revokeFeed.isError ? (revokeFeed.error?.message ?? null) : null,
      }}
    />
  );
}
