import { useQuery } from "@tanstack/react-query";
import { AppFrame } from "@throughline/ui/app-frame";
import type { NavItem } from "@throughline/ui/app-shell";
import { signIn, signOut } from "./lib/auth.ts";
import { trpc } from "./lib/trpc.ts";
import { HeaderBell } from "./pages/notifications/header-bell.tsx";

/** Sections later releases fill are shown as "Coming soon", never with made-up content. */
const nav: readonly NavItem[] = [
  { label: "Overview", to: "/", end: true },
  { label: "Getting started", to: "/getting-started" },
  { label: "Implementation", to: "/implementation" },
  { label: "People", to: "/people" },
  { label: "Framework", to: "/framework" },
  { label: "Cohorts", to: "/cohorts" },
  { label: "Micro-credentials", to: "/credentials" },
  { label: "Reviewers", to: "/reviewers" },
  { label: "Collaboration time", to: "/collaboration" },
  { label: "Walkthroughs", to: "/walkthroughs" },
  { label: "Observations", to: "/observations" },
  { label: "Ratings import", to: "/ratings-import" },
  { label: "Roster import", to: "/roster-import" },
  { label: "Observation scale", to: "/observation-scale" },
  { label: "Reminders", to: "/settings/reminders" },
  { label: "Sign-in", to: "/settings/sign-in" },
  { label: "Sent mail", to: "/sent-mail" },
  { label: "Audit log", to: "/audit-log" },
];

/** Importing ratings and setting the scale are district tasks: principals do not see them. */
function navFor(roles: readonly { role: string }[] | undefined): readonly NavItem[] {
  if (roles?.some((entry) => entry.role === "district_admin")) return nav;
  const districtOnly = new Set([
    "Getting started",
    "Ratings import",
    "Roster import",
    "Observation scale",
    "Reminders",
    "Sign-in",
    "Sent mail",
    "Reviewers",
  ]);
  return nav.filter((item) => !districtOnly.has(item.label));
}

export function RootLayout() {
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  return (
    <AppFrame
      app="admin"
      nav={navFor(viewer.data?.roles)}
      query={viewer}
      onSignIn={signIn}
      onSignOut={signOut}
      dev={import.meta.env.DEV}
      headerActions={() => <HeaderBell />}
    />
  );
}
