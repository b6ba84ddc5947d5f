import { useQuery } from "@tanstack/react-query";
import { CalendarEventList } from "@throughline/ui/calendar-event-list";
import { EmptyState } from "@throughline/ui/empty-state";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { CalendarDays } from "lucide-react";
import { trpc } from "../../lib/trpc.ts";

/** The person's meetings and workshops of the next 60 days, as their calendar feed has them. */
export function UpcomingEvents() {
  const upcoming = useQuery(trpc.calendar.upcoming.queryOptions());
  if (upcoming.isPending) return <Loading variant="inline" label="Loading your meetings…" />;
  if (upcoming.isError) {
    return (
      <ErrorState
        title="Your meetings could not be loaded"
        message={upcoming.error.message}
        onRetry={() => void upcoming.refetch()}
        retrying={upcoming.isFetching}
      />
    );
  }
  if (upcoming.data.length === 0) {
    return (
      <EmptyState title="Nothing scheduled in the next 60 days" icon={CalendarDays}>
        <p>Support meetings of your teams and the workshops of your cohorts appear here.</p>
      </EmptyState>
    );
  }
  return <CalendarEventList events={upcoming.data} />;
}
