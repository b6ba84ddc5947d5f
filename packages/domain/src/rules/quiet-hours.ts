import { TZDate } from "@date-fns/tz";

/** Quiet hours: weekday evenings from 18:00 to 07:00, and the weekend. */
const QUIET_EVENING_STARTS_HOUR = 18;
export const QUIET_MORNING_ENDS_HOUR = 7;

export interface QuietHoursChoice {
  /** The person allows email on weekday evenings and nights. */
  emailEvenings: boolean;
  /** The person allows email on Saturdays and Sundays. */
  emailWeekends: boolean;
}

function isQuiet(local: TZDate, choice: QuietHoursChoice): boolean {
  const day = local.getDay();
  if ((day === 0 || day === 6) && !choice.emailWeekends) return true;
  const hour = local.getHours();
  const night = hour >= QUIET_EVENING_STARTS_HOUR || hour < QUIET_MORNING_ENDS_HOUR;
  return night && !choice.emailEvenings;
}

/**
 * The earliest moment at or after `at` when email may reach this person: `at` itself outside
 * quiet hours, otherwise the next 07:00 (or hour boundary) in their district's time zone that is
 * not quiet. Walks forward hour by hour, at most a week, so daylight-saving days need no care.
 */
export function emailAllowedAfter(at: Date, timeZone: string, choice: QuietHoursChoice): Date {
  const local = new TZDate(at.getTime(), timeZone);
  if (!isQuiet(local, choice)) return at;
  const candidate = new TZDate(at.getTime(), timeZone);
  candidate.setMinutes(0, 0, 0);
  for (let step = 0; step < 24 * 8; step++) {
    candidate.setHours(candidate.getHours() + 1);
    if (!isQuiet(candidate, choice)) return new Date(candidate.getTime());
  }
  // Unreachable: every week has weekday mornings.
  return at;
}
