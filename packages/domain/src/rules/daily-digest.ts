import { TZDate } from "@date-fns/tz";
import type { NotificationItem } from "../notification.ts";
import {
  emailAllowedAfter,
  QUIET_MORNING_ENDS_HOUR,
  type QuietHoursChoice,
} from "./quiet-hours.ts";

/** A notification (as the centre lists it, unread) waiting for its recipient's daily digest. */
export interface DigestCandidate extends Omit<NotificationItem, "readAt"> {
  recipientId: string;
}

/** One digest email: one person's notifications of one local day, oldest first. */
interface DigestGroup {
  recipientId: string;
  /** The local calendar day the items happened on, as YYYY-MM-DD in the district's zone. */
  day: string;
  /** The earliest moment the digest may go: 07:00 the next day, then the person's quiet hours. */
  sendAfter: Date;
  items: DigestCandidate[];
}

interface DigestOptions {
  /** The district's IANA time zone: days begin and end there. */
  timeZone: string;
  now: Date;
  /** Each recipient's quiet-hours choice; someone missing keeps both quiet times. */
  quietHours: ReadonlyMap<string, QuietHoursChoice>;
}

const KEEP_QUIET: QuietHoursChoice = { emailEvenings: false, emailWeekends: false };

function localDay(at: Date, timeZone: string): { key: string; local: TZDate } {
  const local = new TZDate(at.getTime(), timeZone);
  const month = String(local.getMonth() + 1).padStart(2, "0");
  const date = String(local.getDate()).padStart(2, "0");
  return { key: `${local.getFullYear()}-${month}-${date}`, local };
}

/** 07:00 on the day after `local`'s day, in the same zone (the constructor rolls months over). */
function nextMorning(local: TZDate, timeZone: string): Date {
  const morning = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + 1,
    QUIET_MORNING_ENDS_HOUR,
    0,
    0,
    0,
    timeZone,
  );
  return new Date(morning.getTime());
}

/**
 * Groups pending digest notifications into one digest per person per local day, keeping only
 * the days that have ended and whose digest may go by `now`: a day's digest waits until 07:00
 * the next morning, and then for the end of the person's quiet hours (a Friday's digest for
 * someone who keeps weekends quiet goes on Monday). Today's items wait for tomorrow.
 * Groups come out in a stable order (by send time, then recipient) with items oldest first.
 */
export function groupDailyDigests(
  candidates: readonly DigestCandidate[],
  options: DigestOptions,
): DigestGroup[] {
  const groups = new Map<string, DigestGroup>();
  for (const candidate of candidates) {
    const { key: day, local } = localDay(candidate.createdAt, options.timeZone);
    const groupKey = `${candidate.recipientId}|${day}`;
    let group = groups.get(groupKey);
    if (!group) {
      const choice = options.quietHours.get(candidate.recipientId) ?? KEEP_QUIET;
      const morning = nextMorning(local, options.timeZone);
      group = {
        recipientId: candidate.recipientId,
        day,
        sendAfter: emailAllowedAfter(morning, options.timeZone, choice),
        items: [],
      };
      groups.set(groupKey, group);
    }
    group.items.push(candidate);
  }
  const due = [...groups.values()].filter((group) => group.sendAfter <= options.now);
  for (const group of due) {
    group.items.sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
    );
  }
  return due.sort(
    (a, b) =>
      a.sendAfter.getTime() - b.sendAfter.getTime() ||
      a.recipientId.localeCompare(b.recipientId) ||
      a.day.localeCompare(b.day),
  );
}
