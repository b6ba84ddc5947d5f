import type { Weekday, WeeklySpan } from "@throughline/domain/rules/common-time";
import type { SchoolBreak } from "@throughline/domain/rules/school-week";
import { schoolDayFrom } from "@throughline/domain/rules/weekly-time";
import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { bellPeriod, schoolHoliday, team } from "../../schema/index.ts";
import { districtTimeZone } from "../notifications/notice-facts.ts";

/** A team's real week: the district's breaks and its school's day from the bell schedule. */
export interface SchoolWeek {
  timeZone: string;
  breaks: SchoolBreak[];
  schoolDay: WeeklySpan[];
}

export async function schoolWeekOfTeam(
  tx: Transaction,
  params: { districtId: string; teamId: string },
): Promise<SchoolWeek> {
  const [timeZone, breaks, periods] = await Promise.all([
    districtTimeZone(tx, params.districtId),
    tx
      .select({
        name: schoolHoliday.name,
        startsOn: schoolHoliday.startsOn,
        endsOn: schoolHoliday.endsOn,
      })
      .from(schoolHoliday)
      .orderBy(asc(schoolHoliday.startsOn)),
    tx
      .select({
        weekday: bellPeriod.weekday,
        start: bellPeriod.startMinute,
        end: bellPeriod.endMinute,
      })
      .from(bellPeriod)
      .innerJoin(team, eq(team.schoolId, bellPeriod.schoolId))
      .where(eq(team.id, params.teamId)),
  ]);
  return {
    timeZone,
    breaks,
    schoolDay: schoolDayFrom(periods.map((row) => ({ ...row, weekday: row.weekday as Weekday }))),
  };
}
