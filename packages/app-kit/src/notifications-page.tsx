import { useMutation, useQueries, useQueryClient } from "@tanstack/react-query";
import { ErrorState } from "@throughline/ui/error-state";
import { Loading } from "@throughline/ui/loading";
import { NotificationList } from "@throughline/ui/notification-list";
import { PageHeader } from "@throughline/ui/page-header";
import { useState } from "react";
import { Link } from "react-router";
import type { NotificationWiring } from "./notification-wiring.ts";

const PAGE_SIZE = 20;

/** Every notification, newest first, a page at a time: the same page in every app. */
export function NotificationsPage({ app, trpc, dev }: NotificationWiring) {
  const queryClient = useQueryClient();
  // Each "Load more" adds a page that starts before the last item shown.
  const [cursors, setCursors] = useState<(Date | undefined)[]>([undefined]);
  const pages = useQueries({
    queries: cursors.map((before) =>
      trpc.notifications.centre.queryOptions({ limit: PAGE_SIZE, before }),
    ),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(
    trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh }),
  );

  const first = pages[0];
  if (!first || first.isPending) return <Loading label="Loading your notifications…" />;
  if (first.isError) {
    return (
      <ErrorState
        headingLevel={1}
        title="Your notifications could not be loaded"
        message={first.error.message}
        onRetry={() => void first.refetch()}
        retrying={first.isFetching}
      />
    );
  }
  const seen = new Set<string>();
  const items = pages
    .flatMap((page) => page.data?.items ?? [])
    .filter((item) => !seen.has(item.id) && Boolean(seen.add(item.id)));
  const last = pages[pages.length - 1];
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Comments, meetings and reminders. Each one opens the page it is about."
        aside={<Link to="/notifications/settings">Email settings</Link>}
      />
      <NotificationList
        app={app}
        dev={dev}
        items={items}
        unread={first.data.unread}
        hasMore={last?.data?.hasMore ?? false}
        loadingMore={last?.isPending ?? false}
        onLoadMore={() => {
          const oldest = items[items.length - 1];
          if (oldest) setCursors((current) => [...current, oldest.createdAt]);
        }}
        onMarkRead={(notificationId) => markRead.mutateAsync({ notificationId })}
        onOpenInApp={() => void queryClient.invalidateQueries()}
        markingId={markRead.isPending ? (markRead.variables?.notificationId ?? null) : null}
        onMarkAllRead={() => markAll.mutate()}
        markingAll={markAll.isPending}
      />
    </>
  );
}
