const dateFormat = new Intl.DateTimeFormat("en-US", {
  weekday: "long",
  month: "long",
  day: "numeric",
  year: "numeric",
});

/** "Monday, January 12, 2026". */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/**
 * What to call someone in a greeting: their first name, skipping a title such as "Ms." or
 * "Dr."; the whole name when there is nothing else.
 */
export function firstName(displayName: string): string {
  const words = displayName.trim().split(/\s+/);
  const name = words.find((word) => !word.endsWith("."));
  return name ?? displayName.trim();
}
