// The other date formats are shared by the apps in @throughline/ui/format.
import { formatDate } from "@throughline/ui/format";

/** "Sep 2, 2026", for a moment in time (its day on the district's calendar). */
export function formatDay(date: Date): string {
  return formatDate(date);
}
