import { NotificationSettingsPage as SharedSettingsPage } from "@throughline/ui/notification-settings-page";
import { trpc } from "../../lib/trpc.ts";

export function NotificationSettingsPage() {
  return <SharedSettingsPage trpc={trpc} />;
}
