/** Month the school year starts in, 1-based: August. */
export const schoolYearStartMonth = 8;

/**
 * The school year a moment falls in, as "2026-27". A school year runs from 1 August to 31 July.
 * The calendar day is read in UTC, so the answer does not depend on the server's time zone.
 */
export function schoolYearFor(date: Date): string {
  const year = date.getUTCFullYear();
  const startYear = date.getUTCMonth() + 1 >= schoolYearStartMonth ? year : year - 1;
  const endYear = String((startYear + 1) % 100).padStart(2, "0");
  return `${startYear}-${endYear}`;
}
