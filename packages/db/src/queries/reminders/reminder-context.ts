import type { Holiday } from "@throughline/domain/rules/reminders";

/** What every scheduled reminder needs to know about the district and the moment. */
export interface ReminderContext {
  districtId: string;
  now: Date;
  /** The district's IANA zone: "today", Monday morning and every time in a text are local. */
  timeZone: string;
  /** Lead times of meeting reminders, in minutes. */
  meetingReminderMinutes: number[];
  holidays: Holiday[];
}
