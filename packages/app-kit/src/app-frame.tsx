import { AppShell, type NavItem } from "@throughline/ui/app-shell";
import { throughlineApps } from "@throughline/ui/apps";
import type { ReactNode } from "react";
import { Outlet } from "react-router";
import { AppGate, type AppGateProps, type GateViewer } from "./app-gate.tsx";

export interface FrameViewer extends GateViewer {
  district: { name: string; timeZone: string };
}

export interface AppFrameProps<V extends FrameViewer> extends Omit<AppGateProps<V>, "children"> {
  nav: readonly NavItem[];
  /** Controls for the header (the notification bell), given the signed-in viewer. */
  headerActions?: (viewer: V) => ReactNode;
}

/**
 * The root route of every app: the gate (sign-in, access, loading, errors) and, for a person
 * allowed in, the shell around the current page.
 */
export function AppFrame<V extends FrameViewer>({ nav, headerActions, ...gate }: AppFrameProps<V>) {
  return (
    <AppGate {...gate}>
      {(viewer, { signOut, signingOut }) => (
        <AppShell
          appName={throughlineApps[gate.app].name}
          nav={nav}
          userName={viewer.person.displayName}
          userDetail={viewer.district.name}
          onSignOut={signOut}
          signingOut={signingOut}
          headerActions={headerActions?.(viewer)}
        >
          <Outlet />
        </AppShell>
      )}
    </AppGate>
  );
}
