import { formatTimeSpan, formatWeekdayDate } from "@throughline/ui/format";

/** Meeting times on the district's clock: "Tue, Dec 1 · 3:00 PM–3:45 PM". */
export function formatMeetingTime(startsAt: Date, endsAt: Date): string {
  return `${formatWeekdayDate(startsAt)} · ${formatTimeSpan(startsAt, endsAt)}`;
}
