/** Today and the day 90 days before, as calendar days in the browser's own time zone. */
export function lastNinetyDays(today = new Date()): { from: string; to: string } {
  const start = new Date(today);
  start.setDate(start.getDate() - 90);
  return { from: calendarDay(start), to: calendarDay(today) };
}

function calendarDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}
