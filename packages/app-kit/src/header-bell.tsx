import { useIsFetching, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { BellButton } from "@throughline/ui/bell-button";
import { lazy, Suspense, useEffect, useState } from "react";
import type { NotificationWiring } from "./notification-wiring.ts";

/** The popover and its positioning code load after the page: the button stands in meanwhile. */
const NotificationBell = lazy(async () => ({
  default: (await import("@throughline/ui/notification-bell")).NotificationBell,
}));

/** How often the bell asks for news: notifications arrive without a reload. */
const REFRESH_MS = 10_000;

/** The longest the bell waits for the browser to have a quiet moment after the page's data. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * True once the page has what it came for: no query is fetching and the browser has had a quiet
 * moment (the page's first render done). Until then the bell's code and its count are not asked
 * for, so on a slow phone they do not compete with the page's own scripts, data and render.
 */
function usePageSettled(): boolean {
  const fetching = useIsFetching();
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settled || fetching > 0) return;
    const settle = () => setSettled(true);
    if (typeof window.requestIdleCallback === "function") {
      const id = window.requestIdleCallback(settle, { timeout: IDLE_TIMEOUT_MS });
      return () => window.cancelIdleCallback(id);
    }
    const id = window.setTimeout(settle, 0);
    return () => window.clearTimeout(id);
  }, [settled, fetching]);
  return settled;
}

/** The header's notification bell, wired to the app's server connection. */
export function HeaderBell({ app, trpc, dev }: NotificationWiring) {
  const queryClient = useQueryClient();
  const settled = usePageSettled();
  // Pressed before its code was asked for: asked then, and opened once it is there.
  const [pressedEarly, setPressedEarly] = useState(false);
  const awake = settled || pressedEarly;
  const centre = useQuery({
    ...trpc.notifications.centre.queryOptions({ limit: 8 }),
    enabled: awake,
    refetchInterval: REFRESH_MS,
    refetchOnWindowFocus: true,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSettled: refresh }));
  const markAll = useMutation(
    trpc.notifications.markAllRead.mutationOptions({ onSettled: refresh }),
  );
  const standIn = <BellButton unread={centre.data?.unread ?? 0} />;
  if (!awake) {
    return <BellButton unread={0} onClick={() => setPressedEarly(true)} />;
  }
  return (
    <Suspense fallback={standIn}>
      <NotificationBell
        app={app}
        dev={dev}
        centre={centre.data}
        defaultOpen={pressedEarly}
        onMarkRead={(notificationId) => markRead.mutateAsync({ notificationId })}
        onOpenInApp={() => void queryClient.invalidateQueries()}
        onMarkAllRead={() => markAll.mutate()}
        markingAll={markAll.isPending}
      />
    </Suspense>
  );
}
