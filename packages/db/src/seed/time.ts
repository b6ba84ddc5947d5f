const dayMs = 24 * 60 * 60 * 1000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

/** The given day at a wall-clock hour (UTC), so seeded events fall at plausible times. */
export function atHour(date: Date, hour: number, minute = 0): Date {
  const copy = new Date(date);
  copy.setUTCHours(hour, minute, 0, 0);
  return copy;
}
