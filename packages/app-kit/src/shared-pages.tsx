import { AccountPage as SharedAccountPage } from "./account-page.tsx";
import { useThisApp } from "./app-context.tsx";
import { changePassword, trpc } from "./client.ts";
import { NotificationSettingsPage as SharedSettingsPage } from "./notification-settings-page.tsx";
import { NotificationsPage as SharedNotificationsPage } from "./notifications-page.tsx";

/* The pages every app has, on the app's own server connection (loaded when first opened). */

export function NotificationsPage() {
  const { app, dev } = useThisApp();
  return <SharedNotificationsPage app={app} trpc={trpc} dev={dev} />;
}

export function NotificationSettingsPage() {
  return <SharedSettingsPage trpc={trpc} />;
}

/** My account: change password and signed-in devices. */
export function AccountPage() {
  return <SharedAccountPage trpc={trpc} changePassword={changePassword} />;
}
