import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BellButton } from "@throughline/ui/bell-button";
import { lazy, Suspense } from "react";
import type { NotificationWiring } from "./notification-wiring.ts";

/** The popover and its positioning code load after the page: the button stands in meanwhile. */
const NotificationBell = lazy(async () => ({
  default: (await import("@throughline/ui/notification-bell")).NotificationBell,
}));

/** How often the bell asks for news: notifications arrive without a reload. */
const REFRESH_MS = 10_000;

/** The header's notification bell, wired to the app's server connection. */
export function HeaderBell({ app, trpc, dev }: NotificationWiring) {
  const queryClient = useQueryClient();
  const centre = useQuery({
    ...trpc.notifications.centre.queryOptions({ limit: 8 }),
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(
    trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh }),
  );
  return (
    <Suspense fallback={<BellButton unread={centre.data?.unread ?? 0} />}>
      <NotificationBell
        app={app}
        dev={dev}
        centre={centre.data}
        onMarkRead={(notificationId) => markRead.mutateAsync({ notificationId })}
        onOpenInApp={() => void queryClient.invalidateQueries()}
        onMarkAllRead={() => markAll.mutate()}
        markingAll={markAll.isPending}
      />
    </Suspense>
  );
}
