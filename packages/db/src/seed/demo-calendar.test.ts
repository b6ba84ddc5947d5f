import { localDay } from "@throughline/domain/local-time";
import { describe, expect, it } from "vitest";
import { buildCedarRidge } from "./cedar-ridge.ts";
import { buildMapleValley } from "./maple-valley.ts";

/*
 * The demo's dates are relative to the day it is seeded, so its calendar is checked on the days
 * that used to go wrong: a Sunday, the weeks around the winter break, spring break, a Monday.
 */

const seededOn = [
  "2026-12-06T06:00:00Z", // a Sunday morning, before the winter break
  "2026-12-14T22:00:00Z", // meetings a week ahead fall into the break
  "2027-01-04T15:00:00Z", // the first Monday back, the break just behind
  "2027-03-18T12:00:00Z", // inside spring break
  "2026-10-01T03:00:00Z", // late evening of the day before, locally
].map((at) => new Date(at));

function localClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? "";
  return {
    day: localDay(at, timeZone),
    weekend: part("weekday") === "Sat" || part("weekday") === "Sun",
    minutes: Number(part("hour")) * 60 + Number(part("minute")),
  };
}

describe.each(seededOn)("the demo seeded at %s", (now) => {
  for (const build of [buildMapleValley, buildCedarRidge]) {
    const rows = build("not-a-real-hash", now);
    const timeZone = rows.district.timeZone ?? "America/Chicago";
    const offDay = (at: Date) => {
      const clock = localClock(at, timeZone);
      return (
        clock.weekend ||
        rows.tenant.schoolHolidays.some(
          (entry) => entry.startsOn <= clock.day && clock.day <= entry.endsOn,
        )
      );
    };

    it(`${rows.district.name}: meetings on school-day afternoons, never two teams at once`, () => {
      const starts = rows.tenant.meetings.map((meeting) => meeting.startsAt.getTime());
      expect(new Set(starts).size).toBe(starts.length);
      for (const meeting of rows.tenant.meetings) {
        const clock = localClock(meeting.startsAt, timeZone);
        expect(offDay(meeting.startsAt), `${meeting.title} on ${clock.day}`).toBe(false);
        expect(clock.minutes).toBeGreaterThanOrEqual(7 * 60);
        expect(clock.minutes).toBeLessThanOrEqual(18 * 60);
        // Held meetings are in the past, scheduled ones ahead.
        expect(meeting.startsAt.getTime() < now.getTime()).toBe(meeting.status === "closed");
      }
    });

    it(`${rows.district.name}: people present at every held meeting`, () => {
      for (const meeting of rows.tenant.meetings.filter((entry) => entry.status === "closed")) {
        const present = rows.tenant.attendance.filter(
          (entry) => entry.meetingId === meeting.id && entry.attendance === "present",
        );
        expect(present.length, meeting.title).toBeGreaterThan(0);
      }
    });

    it(`${rows.district.name}: workshops and reflections at plausible hours`, () => {
      for (const cohort of rows.tenant.cohorts) {
        if (!cohort.workshopStartsAt) continue;
        const clock = localClock(cohort.workshopStartsAt, timeZone);
        expect(offDay(cohort.workshopStartsAt)).toBe(false);
        expect(clock.minutes).toBeGreaterThanOrEqual(12 * 60);
        expect(clock.minutes).toBeLessThanOrEqual(17 * 60);
      }
      for (const progress of rows.tenant.progress) {
        if (!progress.reflection || !progress.completedAt) continue;
        const clock = localClock(progress.completedAt, timeZone);
        expect(offDay(progress.completedAt), `reflection on ${clock.day}`).toBe(false);
        expect(clock.minutes).toBeGreaterThanOrEqual(7 * 60);
        expect(clock.minutes).toBeLessThanOrEqual(21 * 60);
        expect(progress.completedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      }
    });
  }
});
