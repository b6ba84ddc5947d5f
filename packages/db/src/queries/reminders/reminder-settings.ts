import type { ReminderSettings, SchoolHoliday } from "@throughline/domain/notification-settings";
import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { district, schoolHoliday } from "../../schema/index.ts";

/*
 * The district's reminder settings. `district` is global (it is the tenant), so every statement
 * on it names the viewer's district explicitly; holidays are a tenant table under RLS.
 */

export async function loadReminderSettings(
  tx: Transaction,
  districtId: string,
): Promise<ReminderSettings> {
  const [[place], holidays] = await Promise.all([
    tx
      .select({
        timeZone: district.timeZone,
        meetingReminderMinutes: district.meetingReminderMinutes,
      })
      .from(district)
      .where(eq(district.id, districtId)),
    listHolidays(tx),
  ]);
  if (!place) throw new Error("The district is missing.");
  return { ...place, holidays };
}

export function listHolidays(tx: Transaction): Promise<SchoolHoliday[]> {
  return tx
    .select({
      id: schoolHoliday.id,
      name: schoolHoliday.name,
      startsOn: schoolHoliday.startsOn,
      endsOn: schoolHoliday.endsOn,
    })
    .from(schoolHoliday)
    .orderBy(asc(schoolHoliday.startsOn), asc(schoolHoliday.name));
}

export async function saveReminderSettings(
  tx: Transaction,
  districtId: string,
  settings: { timeZone: string; meetingReminderMinutes: number[] },
): Promise<void> {
  // Saving the page is the admin confirming the time zone and breaks (Getting started).
  await tx
    .update(district)
    .set({ ...settings, calendarReviewedAt: new Date() })
    .where(eq(district.id, districtId));
}

export async function addHoliday(
  tx: Transaction,
  districtId: string,
  holiday: { name: string; startsOn: string; endsOn: string },
): Promise<string> {
  const [row] = await tx
    .insert(schoolHoliday)
    .values({ districtId, ...holiday })
    .returning({ id: schoolHoliday.id });
  if (!row) throw new Error("The break was not saved.");
  return row.id;
}

/** Whether a break was removed; false when there is no such break in this district. */
export async function removeHoliday(tx: Transaction, holidayId: string): Promise<boolean> {
  const removed = await tx
    .delete(schoolHoliday)
    .where(eq(schoolHoliday.id, holidayId))
    .returning({ id: schoolHoliday.id });
  return removed.length > 0;
}
