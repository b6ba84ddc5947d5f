import { NotificationsPage as SharedNotificationsPage } from "@throughline/ui/notifications-page";
import { trpc } from "../../lib/trpc.ts";

export function NotificationsPage() {
  return <SharedNotificationsPage app="admin" trpc={trpc} dev={import.meta.env.DEV} />;
}
