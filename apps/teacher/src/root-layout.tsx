import { useQuery } from "@tanstack/react-query";
import { AppFrame } from "@throughline/ui/app-frame";
import type { NavItem } from "@throughline/ui/app-shell";
import { signIn, signOut } from "./lib/auth.ts";
import { trpc } from "./lib/trpc.ts";
import { HeaderBell } from "./pages/notifications/header-bell.tsx";

/** Sections later releases fill are shown as "Coming soon", never with made-up content. */
const nav: readonly NavItem[] = [
  { label: "Home", to: "/", end: true },
  { label: "My path", to: "/path", alsoActiveUnder: ["/stages", "/sessions"] },
  { label: "Action plan", to: "/action-plan" },
  { label: "Meetings", to: "/meetings" },
  { label: "My team", to: "/team" },
  { label: "Observations", to: "/observations" },
  { label: "Micro-credentials", to: "/credentials", alsoActiveUnder: ["/badges"] },
  { label: "PD hours", to: "/pd-hours" },
];

export function RootLayout() {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  return (
    <AppFrame
      app="teacher"
      nav={nav}
      query={viewer}
      onSignIn={signIn}
      onSignOut={signOut}
      dev={import.meta.env.DEV}
      headerActions={() => <HeaderBell />}
    />
  );
}
