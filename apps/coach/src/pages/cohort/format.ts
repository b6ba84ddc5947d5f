// The other date formats are shared by the apps in @throughline/ui/format.

const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric" });

/** "Sep 2, 2026", for a moment in time (shown in the coach's own time zone). */
export function formatDay(date: Date): string {
  return day.format(date);
}
