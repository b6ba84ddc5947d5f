import { createContext, type ReactNode, useContext } from "react";
import { setDistrictTimeZone } from "./format.ts";

const DistrictTimeZoneContext = createContext<string | null>(null);

/**
 * Sets the zone every date below it is written in (the district's, from `viewer.me`). The gate
 * renders it once around each app; the shared formatters read it, so no page passes a zone.
 */
export function DistrictTimeZone({
  timeZone,
  children,
}: {
  timeZone: string;
  children: ReactNode;
}) {
  // Set during render, not in an effect: the children format dates in this same render.
  setDistrictTimeZone(timeZone);
  return (
    <DistrictTimeZoneContext.Provider value={timeZone}>{children}</DistrictTimeZoneContext.Provider>
  );
}

/** The district's zone, for code that turns what a person typed into an instant. */
export function useDistrictTimeZone(): string {
  return useContext(DistrictTimeZoneContext) ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
