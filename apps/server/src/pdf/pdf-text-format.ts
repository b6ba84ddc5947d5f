/** A calendar day as a recertification office reads it: "2026-11-21" → "Nov 21, 2026". */
export function formatPdfDay(day: string): string {
  return new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T12:00:00Z`));
}

/** One day, or the first and last of several: "Oct 1, 2026 – Oct 3, 2026". */
export function formatPdfDays(startOn: string, endOn: string): string {
  return startOn === endOn
    ? formatPdfDay(endOn)
    : `${formatPdfDay(startOn)} – ${formatPdfDay(endOn)}`;
}

/** Hours with one decimal, always: "3.0". */
export function formatPdfHours(hours: number): string {
  return hours.toFixed(1);
}
