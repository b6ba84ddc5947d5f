import { TZDate } from "@date-fns/tz";

/*
 * Wall-clock readings of many instants in one zone, fast. Building a `TZDate` asks Intl for the
 * zone's offset every time (about 6 µs), and the dashboards read tens of thousands of meetings
 * per request. A zone's offset changes only on a quarter hour of UTC (every transition in the
 * time-zone database since 1970 lies on one), so it is looked up once per quarter hour and zone,
 * and the reading itself is plain UTC arithmetic on the shifted instant.
 */

const QUARTER_HOUR_MS = 15 * 60_000;
/** Enough quarter hours for several school years in a few zones; cleared when full. */
const MOST_KEPT = 200_000;
const offsets = new Map<string, Map<number, number>>();

/** Minutes the zone is ahead of UTC at `ms` (negative west of Greenwich). */
function zoneOffsetMinutes(ms: number, timeZone: string): number {
  const quarter = Math.floor(ms / QUARTER_HOUR_MS);
  let zone = offsets.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsets.set(timeZone, zone);
  }
  let offset = zone.get(quarter);
  if (offset === undefined) {
    offset = -new TZDate(quarter * QUARTER_HOUR_MS, timeZone).getTimezoneOffset();
    if (zone.size >= MOST_KEPT) zone.clear();
    zone.set(quarter, offset);
  }
  return offset;
}

interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0 (Sunday) to 6, as `Date.getDay`. */
  weekday: number;
  hours: number;
  minutes: number;
}

/** What a clock on the wall in `timeZone` reads at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const ms = instant.getTime();
  const shifted = new Date(ms + zoneOffsetMinutes(ms, timeZone) * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hours: shifted.getUTCHours(),
    minutes: shifted.getUTCMinutes(),
  };
}
