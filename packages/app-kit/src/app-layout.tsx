import { useQuery } from "@tanstack/react-query";
import type { RouterOutputs } from "@throughline/api/types";
import type { NavItem } from "@throughline/ui/app-shell";
import { throughlineApps } from "@throughline/ui/apps";
import { useThisApp } from "./app-context.tsx";
import { AppFrame } from "./app-frame.tsx";
import { signIn, signOut, trpc } from "./client.ts";
import { DistrictChooserPage } from "./district-chooser-page.tsx";
import { HeaderBell } from "./header-bell.tsx";

export type Viewer = RouterOutputs["viewer"]["me"];

/** An app's sections; a function when what someone sees depends on who they are. */
export type AppNav = readonly NavItem[] | ((viewer: Viewer | undefined) => readonly NavItem[]);

/** The root route of every app: the gate, the shell with the app's sections and the bell. */
export function AppLayout({ nav }: { nav: AppNav }) {
  const { app, dev } = useThisApp();
  const viewer = useQuery(trpc.viewer.me.queryOptions());
  return (
    <AppFrame
      app={app}
      nav={typeof nav === "function" ? nav(viewer.data) : nav}
      query={viewer}
      onSignIn={signIn}
      onSignOut={signOut}
      dev={dev}
      headerActions={() => <HeaderBell app={app} trpc={trpc} dev={dev} />}
      districtChooser={({ signOut: onSignOut, signingOut }) => (
        <DistrictChooserPage
          appName={throughlineApps[app].name}
          trpc={trpc}
          onSignOut={onSignOut}
          signingOut={signingOut}
        />
      )}
    />
  );
}
