import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { NotificationPreferencesForm } from "@throughline/ui/notification-preferences-form";
import { PageHeader } from "@throughline/ui/page-header";
import { Link } from "react-router";
import type { NotificationWiring } from "./notification-wiring.ts";
import { QueryState } from "./query-state.tsx";

/** Email settings: per kind immediately, in a daily digest or not at all; quiet hours. */
export function NotificationSettingsPage({ trpc }: Pick<NotificationWiring, "trpc">) {
  const queryClient = useQueryClient();
  const preferences = useQuery(trpc.notifications.preferences.queryOptions());
  const save = useMutation(
    trpc.notifications.savePreferences.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.notifications.preferences.queryKey(), saved);
      },
    }),
  );

  if (!preferences.isSuccess) {
    return <QueryState query={preferences} about="your email settings" headingLevel={1} />;
  }
  return (
    <>
      <PageHeader
        title="Email settings"
        description="Notifications always appear under the bell. Choose which ones also come by email, and when."
        aside={<Link to="/notifications">All notifications</Link>}
      />
      <NotificationPreferencesForm
        preferences={preferences.data}
        onSave={(input) => save.mutate(input)}
        saving={save.isPending}
        error={save.error}
        saved={save.isSuccess}
      />
    </>
  );
}
