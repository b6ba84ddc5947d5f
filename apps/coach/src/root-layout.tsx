import { useQuery } from "@tanstack/react-query";
import { AppFrame } from "@throughline/ui/app-frame";
import type { NavItem } from "@throughline/ui/app-shell";
import { signIn, signOut } from "./lib/auth.ts";
import { trpc } from "./lib/trpc.ts";
import { HeaderBell } from "./pages/notifications/header-bell.tsx";

/** Sections later releases fill are shown as "Coming soon", never with made-up content. */
const nav: readonly NavItem[] = [
  { label: "Caseload", to: "/", end: true },
  { label: "Cohorts", to: "/cohorts" },
  { label: "Meetings", to: "/meetings" },
  { label: "Observations", to: "/observations" },
  { label: "Reviews", to: "/reviews" },
  { label: "Calendar", to: "/calendar" },
];

export function RootLayout() {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  return (
    <AppFrame
      app="coach"
      nav={nav}
      query={viewer}
      onSignIn={signIn}
      onSignOut={signOut}
      dev={import.meta.env.DEV}
      headerActions={() => <HeaderBell />}
    />
  );
}
