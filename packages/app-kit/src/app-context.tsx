import type { AppName } from "@throughline/domain/rules/app-access";
import { createContext, useContext } from "react";

/** Which app is running, for the pages every app shares (links, the bell, the gate). */
export interface ThisApp {
  app: AppName;
  /** Development build: the apps run on their own ports, so links to another app differ. */
  dev: boolean;
}

export const ThisAppContext = createContext<ThisApp | null>(null);

/** The running app; `startApp` provides it around every page. */
export function useThisApp(): ThisApp {
  const thisApp = useContext(ThisAppContext);
  if (!thisApp) throw new Error("useThisApp needs startApp's provider above it.");
  return thisApp;
}
