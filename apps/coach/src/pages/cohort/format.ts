const dateTime = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

const day = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric" });

/** "Wednesday, September 2, 2026 at 3:30 PM". */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

/** "Sep 2, 2026". */
export function formatDay(date: Date): string {
  return day.format(date);
}

/** "3 hours", "1 hour 30 minutes", "45 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} minutes`;
  const hoursText = `${hours} ${hours === 1 ? "hour" : "hours"}`;
  return rest === 0 ? hoursText : `${hoursText} ${rest} minutes`;
}
