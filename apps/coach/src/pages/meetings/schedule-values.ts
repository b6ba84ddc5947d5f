import { describeRecurrence } from "@throughline/domain/meeting-schedule";
import {
  displayTimeZone,
  districtDay,
  districtMoment,
  formatShortDate,
} from "@throughline/ui/format";
import type { ScheduleInput, ScheduleResult } from "./types.ts";

/** 0 (Sunday) to 6: the weekday of an instant on the district's calendar. */
function districtWeekday(at: Date): number {
  return new Date(`${districtDay(at)}T00:00:00Z`).getUTCDay();
}

/* The scheduling form's values as typed, and the API input they become. */

export type Repeat = "none" | "weekly" | "biweekly" | "monthly";

export const repeatOptions: { value: Repeat; label: string }[] = [
  { value: "none", label: "Does not repeat" },
  { value: "weekly", label: "Every week" },
  { value: "biweekly", label: "Every other week" },
  { value: "monthly", label: "Every month (same weekday)" },
];

export interface ScheduleValues {
  teamId: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string;
  videoUrl: string;
  repeat: Repeat;
  until: string;
}

/** One step on the agenda being built; `key` tells two copies of the same step apart. */
export interface AgendaEntry {
  key: string;
  stepId: string;
  protocolName: string;
  title: string;
  minutes: number;
}

export function initialValues(teamId: string): ScheduleValues {
  return {
    teamId,
    title: "",
    date: "",
    startTime: "15:00",
    endTime: "15:45",
    location: "",
    videoUrl: "",
    repeat: "none",
    until: "",
  };
}

const recurrences = {
  weekly: { frequency: "weekly", interval: 1 },
  biweekly: { frequency: "weekly", interval: 2 },
  monthly: { frequency: "monthly", interval: 1 },
} as const;

/** A date and a wall-clock time on the district's clock, as the person meant them. */
export function localMoment(date: string, time: string): Date | null {
  return districtMoment(date, time);
}

/**
 * The API input, or the fields that cannot be sent at all (no date): everything else the
 * server checks, so its messages appear next to the fields.
 */
export function toScheduleInput(
  values: ScheduleValues,
  agenda: readonly AgendaEntry[],
): { input: ScheduleInput } | { missing: Record<string, string> } {
  const startsAt = localMoment(values.date, values.startTime);
  const endsAt = localMoment(values.date, values.endTime);
  if (!startsAt || !endsAt) {
    const missing: Record<string, string> = {};
    if (!startsAt) missing.startsAt = "Choose a date and a start time";
    if (!endsAt) missing.endsAt = "Choose an end time";
    return { missing };
  }
  return {
    input: {
      teamId: values.teamId,
      title: values.title,
      startsAt,
      endsAt,
      location: values.location,
      videoUrl: values.videoUrl,
      timeZone: displayTimeZone(),
      recurrence:
        values.repeat === "none" ? null : { ...recurrences[values.repeat], until: values.until },
      agenda: agenda.map((entry) => entry.stepId),
    },
  };
}

/**
 * "Scheduled 9 meetings, every other Tuesday until June 30. Skipped Dec 22 and Dec 29 (Winter
 * break)." for the list page, with anything worth a second look after it.
 */
export function scheduledMessage(input: ScheduleInput, result: ScheduleResult): string {
  const count = result.meetingIds.length;
  const meetings = `${count} ${count === 1 ? "meeting" : "meetings"}`;
  const rule = input.recurrence
    ? `, ${describeRecurrence(input.recurrence, {
        weekday: districtWeekday(input.startsAt),
        dayOfMonth: Number(districtDay(input.startsAt).slice(8)),
      })}`
    : "";
  const byBreak = new Map<string, string[]>();
  for (const row of result.skipped) {
    byBreak.set(row.breakName, [
      ...(byBreak.get(row.breakName) ?? []),
      formatShortDate(row.startsAt),
    ]);
  }
  const skipped = [...byBreak].map(([name, days]) => ` Skipped ${days.join(" and ")} (${name}).`);
  return [`Scheduled ${meetings}${rule}.`, ...skipped, ...result.warnings.map((w) => ` ${w}`)].join(
    "",
  );
}

/** Minutes between two "HH:MM" times of the same day; null when not both are set. */
export function meetingMinutes(
  values: Pick<ScheduleValues, "date" | "startTime" | "endTime">,
): number | null {
  const start = localMoment(values.date || "2000-01-01", values.startTime);
  const end = localMoment(values.date || "2000-01-01", values.endTime);
  if (!start || !end) return null;
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}
