import { zoneAbbreviation, zoneCouldBeMisread } from "@throughline/domain/date-format";
import { Globe } from "lucide-react";
import { useDistrictTimeZone } from "./district-time-zone.tsx";

/**
 * Under date and time fields: when this device's clock differs from the district's, says whose
 * clock the fields mean, so a coach away from school does not type their own local time.
 */
export function DistrictZoneNote({ at }: { at?: Date | null }) {
  const timeZone = useDistrictTimeZone();
  const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const moment = at ?? new Date();
  if (!zoneCouldBeMisread(moment, timeZone, readerZone)) return null;
  return (
    <p className="flex items-start gap-1.5 text-sm text-muted-foreground">
      <Globe aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        Times are the district's ({zoneAbbreviation(moment, timeZone)},{" "}
        {timeZone.replaceAll("_", " ")}), not this device's.
      </span>
    </p>
  );
}
