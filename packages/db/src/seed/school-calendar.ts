import { addDaysToDay, atLocalTime, localDay } from "@throughline/domain/local-time";

/** A break as the district stores it: first and last day, both included (YYYY-MM-DD). */
export interface SchoolBreak {
  startsOn: string;
  endsOn: string;
}

const minutesOf = (at: Date, timeZone: string): number => {
  const [hour = 0, minute = 0] = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  })
    .format(at)
    .split(":")
    .map(Number);
  return hour * 60 + minute;
};

/**
 * The demo's dates as a school would keep them: in the district's time zone, on weekdays
 * outside its breaks. The seed's dates are relative to "now", so without this a meeting lands
 * on a Sunday or on Christmas Day whenever the calendar happens to fall that way.
 */
export class SchoolCalendar {
  constructor(
    readonly timeZone: string,
    private readonly breaks: readonly SchoolBreak[],
  ) {}

  isSchoolDay(day: string): boolean {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    return !this.breaks.some((entry) => entry.startsOn <= day && day <= entry.endsOn);
  }

  /**
   * `days` from today (local), at a local wall-clock time; a weekend or break day moves away
   * from today to the nearest school day, so the past stays past and the future future.
   */
  schoolDayAt(now: Date, days: number, hour: number, minute = 0): Date {
    const step = days < 0 ? -1 : 1;
    let day = addDaysToDay(localDay(now, this.timeZone), days);
    while (!this.isSchoolDay(day)) day = addDaysToDay(day, step);
    return atLocalTime(day, hour, minute, this.timeZone);
  }

  /**
   * Like `schoolDayAt`, on a given weekday (1 Monday … 5 Friday): the nearest school day that is
   * that weekday, moving away from today, for a team that meets in its weekly block.
   */
  weekdayAt(now: Date, days: number, weekday: number, minuteOfDay: number): Date {
    const step = days < 0 ? -1 : 1;
    let day = addDaysToDay(localDay(now, this.timeZone), days);
    while (!this.isSchoolDay(day) || new Date(`${day}T00:00:00Z`).getUTCDay() !== weekday) {
      day = addDaysToDay(day, step);
    }
    return atLocalTime(day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, this.timeZone);
  }

  /**
   * `at` moved forward to the first school day on or after it, at the same local time, and
   * later than `after` when given (so a sequence of dates keeps its order).
   */
  onSchoolDayAfter(at: Date, after?: Date): Date {
    const minutes = minutesOf(at, this.timeZone);
    let day = localDay(at, this.timeZone);
    for (;;) {
      while (!this.isSchoolDay(day)) day = addDaysToDay(day, 1);
      const moment = atLocalTime(day, Math.floor(minutes / 60), minutes % 60, this.timeZone);
      if (!after || moment.getTime() > after.getTime()) return moment;
      day = addDaysToDay(day, 1);
    }
  }

  /**
   * A moment a teacher would plausibly have written something: `at` moved back to a school day
   * (keeping its time of day) and into 7 AM–9 PM local, never later than `notAfter`.
   */
  plausibleMoment(at: Date, notAfter: Date): Date {
    let day = localDay(at, this.timeZone);
    for (;;) {
      while (!this.isSchoolDay(day)) day = addDaysToDay(day, -1);
      const minutes = Math.min(Math.max(minutesOf(at, this.timeZone), 7 * 60), 21 * 60);
      const moment = atLocalTime(day, Math.floor(minutes / 60), minutes % 60, this.timeZone);
      if (moment.getTime() <= notAfter.getTime()) return moment;
      day = addDaysToDay(day, -1);
    }
  }
}
