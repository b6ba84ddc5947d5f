const timeOfDay = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit" });

/** "3:45 PM", in the viewer's own zone: when a wallet link stops working. */
export function formatTime(date: Date): string {
  return timeOfDay.format(date);
}
