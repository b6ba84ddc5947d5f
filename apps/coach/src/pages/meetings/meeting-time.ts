/** Meeting times in the viewer's own zone: "Tue, Dec 1 · 3:00–3:45 PM". */

const dayFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "short",
  month: "short",
  day: "numeric",
});
const timeFormat = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit" });

export function formatMeetingTime(startsAt: Date, endsAt: Date): string {
  return `${dayFormat.format(startsAt)} · ${timeFormat.format(startsAt)}–${timeFormat.format(endsAt)}`;
}
