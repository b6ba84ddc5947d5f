import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type CommonTimeQuery,
  findCommonTime,
  freeCountsBySlot,
  type MemberTimetable,
  type Weekday,
  type WeeklySpan,
} from "./common-time.ts";

const at = (hours: number, minutes = 0) => hours * 60 + minutes;
const weekdays: Weekday[] = [1, 2, 3, 4, 5];
const schoolDay: WeeklySpan[] = weekdays.map((weekday) => ({
  weekday,
  start: at(8),
  end: at(15, 30),
}));

/** A member who teaches the given spans on every weekday. */
function teaches(personId: string, spans: [number, number][]): MemberTimetable {
  return {
    personId,
    busy: weekdays.flatMap((weekday) => spans.map(([start, end]) => ({ weekday, start, end }))),
  };
}

describe("findCommonTime by example", () => {
  const ana = teaches("ana", [
    [at(8), at(10)],
    [at(11), at(14)],
  ]);
  const ben = teaches("ben", [
    [at(8), at(9)],
    [at(10, 30), at(14)],
  ]);
  const cal = teaches("cal", [[at(9), at(12)]]);

  test("finds the window all three share every day, longest first", () => {
    const windows = findCommonTime({
      members: [ana, ben, cal],
      schoolDay,
      minMinutes: 45,
      tolerance: 0,
    });
    expect(windows).toHaveLength(5);
    expect(windows[0]).toEqual({
      weekday: 1,
      start: at(14),
      end: at(15, 30),
      minutes: 90,
      freeIds: ["ana", "ben", "cal"],
      missingId: null,
    });
  });

  test("with tolerance, names who would miss the window, after the whole-team ones", () => {
    const windows = findCommonTime({
      members: [ana, ben, cal],
      schoolDay: schoolDay.slice(0, 1),
      minMinutes: 30,
      tolerance: 1,
    });
    expect(windows.map((w) => [w.start, w.end, w.missingId])).toEqual([
      [at(14), at(15, 30), null],
      // Without Cal, Ana and Ben are both free 10:00–10:30.
      [at(10), at(10, 30), "cal"],
    ]);
  });

  test("a team with no shared time gets nothing rather than a too-short window", () => {
    const busy = teaches("dee", [[at(8), at(15)]]);
    expect(
      findCommonTime({ members: [busy, ana], schoolDay, minMinutes: 45, tolerance: 0 }),
    ).toEqual([]);
  });
});

/* Properties over random timetables on a five-minute grid, as bell schedules are written. */

const fiveMinutes = (from: number, to: number) =>
  fc.integer({ min: from / 5, max: to / 5 }).map((n) => n * 5);

const spanArb = fc
  .record({
    weekday: fc.constantFrom<Weekday>(...weekdays),
    start: fiveMinutes(at(7), at(15)),
    length: fiveMinutes(5, 180),
  })
  .map(({ weekday, start, length }) => ({ weekday, start, end: start + length }));

const queryArb: fc.Arbitrary<CommonTimeQuery> = fc.record({
  members: fc
    .array(fc.array(spanArb, { maxLength: 8 }), { minLength: 1, maxLength: 5 })
    .map((timetables) => timetables.map((busy, index) => ({ personId: `p${index}`, busy }))),
  schoolDay: fc.constant(schoolDay),
  minMinutes: fiveMinutes(15, 120),
  tolerance: fc.constantFrom<0 | 1>(0, 1),
});

function isFree(member: MemberTimetable, span: WeeklySpan): boolean {
  return !member.busy.some(
    (busy) => busy.weekday === span.weekday && busy.start < span.end && span.start < busy.end,
  );
}

/* Generous timeouts: these run hundreds of cases and the build machines are shared. */
const PROPERTY_TIMEOUT_MS = 60_000;

describe("findCommonTime properties", () => {
  test(
    "a proposed window never overlaps a class of a member it counts as free",
    () => {
      fc.assert(
        fc.property(queryArb, (query) => {
          for (const window of findCommonTime(query)) {
            expect(window.minutes).toBeGreaterThanOrEqual(query.minMinutes);
            const day = query.schoolDay.find((span) => span.weekday === window.weekday);
            expect(day && window.start >= day.start && window.end <= day.end).toBe(true);
            for (const member of query.members) {
              const free = isFree(member, window);
              if (window.freeIds.includes(member.personId)) expect(free).toBe(true);
              else expect(member.personId).toBe(window.missingId);
            }
            if (window.missingId) {
              const missing = query.members.find((m) => m.personId === window.missingId);
              expect(missing && !isFree(missing, window)).toBe(true);
            }
          }
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "no window that fits is missed: every free stretch of the minimum length is inside one",
    () => {
      fc.assert(
        fc.property(queryArb, (query) => {
          const windows = findCommonTime({ ...query, tolerance: 0 });
          for (const day of query.schoolDay) {
            for (let start = day.start; start + query.minMinutes <= day.end; start += 5) {
              const stretch = { weekday: day.weekday, start, end: start + query.minMinutes };
              if (!query.members.every((member) => isFree(member, stretch))) continue;
              const covered = windows.some(
                (w) => w.weekday === day.weekday && w.start <= start && w.end >= stretch.end,
              );
              expect(covered).toBe(true);
            }
          }
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  test(
    "windows are maximal: five more minutes on either side would hit a class or the bell",
    () => {
      fc.assert(
        fc.property(queryArb, (query) => {
          for (const window of findCommonTime(query)) {
            const present = query.members.filter((m) => window.freeIds.includes(m.personId));
            const day = query.schoolDay.find((span) => span.weekday === window.weekday);
            const before = { ...window, start: window.start - 5, end: window.start };
            const after = { ...window, start: window.end, end: window.end + 5 };
            const extendsBefore =
              day !== undefined &&
              before.start >= day.start &&
              present.every((m) => isFree(m, before));
            const extendsAfter =
              day !== undefined && after.end <= day.end && present.every((m) => isFree(m, after));
            expect(extendsBefore || extendsAfter).toBe(false);
          }
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("freeCountsBySlot", () => {
  test("counts who is free in each half hour", () => {
    const members = [teaches("a", [[at(8), at(9)]]), teaches("b", [[at(8, 30), at(9, 30)]])];
    const monday = freeCountsBySlot(members, schoolDay.slice(0, 1), 30).slice(0, 4);
    expect(monday.map((slot) => slot.free)).toEqual([1, 0, 1, 2]);
  });
});
