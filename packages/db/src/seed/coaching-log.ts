import { randomUUID } from "node:crypto";
import type { CoachingInteractionKind } from "@throughline/domain/coaching-log";
import { addDaysToDay, localDay } from "@throughline/domain/local-time";
import { weekOf } from "@throughline/domain/rules/coach-workload";
import type { DistrictRows } from "./rows.ts";
import type { SchoolCalendar } from "./school-calendar.ts";

interface SeededInteraction {
  kind: CoachingInteractionKind;
  /** School days back from today; 0 is the latest school day of the current week. */
  daysAgo: number;
  minutes: number;
  /** Positions in the elementary teachers' list (0 is the demo teacher). */
  teachers: number[];
  indicatorCodes: string[];
  note: string;
}

/**
 * The demo coach's logged coaching over the last three weeks, so her Coaching log shows this
 * week's and past weeks' workload and the demo teacher sees "Coaching you received". Everyone
 * named is in a cohort she coaches or her K–2 Literacy PLC. The district's "coaching counts as
 * PD" setting stays off, so no transcript changes.
 */
const interactions: SeededInteraction[] = [
  {
    kind: "debrief",
    daysAgo: 20,
    minutes: 30,
    teachers: [0],
    indicatorCodes: ["1.5", "1.6"],
    note: "Debriefed the phonics observation: Maria will split the first chunk in two and keep the summary frame.",
  },
  {
    kind: "modelling",
    daysAgo: 15,
    minutes: 35,
    teachers: [3],
    indicatorCodes: ["1.2"],
    note: "Modelled returning to the essential question at each transition in the Grade 1 reading block.",
  },
  {
    kind: "co_teaching",
    daysAgo: 8,
    minutes: 45,
    teachers: [0, 2],
    indicatorCodes: ["1.2", "1.6"],
    note: "Co-taught the shared reading lesson in Room 108; both classes closed with a partner summary.",
  },
  {
    kind: "planning",
    daysAgo: 6,
    minutes: 25,
    teachers: [5],
    indicatorCodes: ["1.5"],
    note: "Planned processing breaks for next week's science read-aloud.",
  },
  {
    kind: "check_in",
    daysAgo: 0,
    minutes: 15,
    teachers: [0],
    indicatorCodes: ["1.5"],
    note: "Two chunks in writing went well; next, a turn-and-talk after each one.",
  },
];

/** The latest school day `daysAgo` back, kept inside the current week when `daysAgo` is 0. */
function dayOf(calendar: SchoolCalendar, today: string, daysAgo: number): string {
  let day = addDaysToDay(today, -daysAgo);
  while (!calendar.isSchoolDay(day)) day = addDaysToDay(day, -1);
  // On a Monday holiday or a weekend the current week may have no school day yet: today, then.
  return daysAgo === 0 && weekOf(day) !== weekOf(today) ? today : day;
}

/** Appends the coach's interactions, their teachers and indicators to the built rows. */
export function seedCoachingLog(
  rows: DistrictRows,
  input: { now: Date; calendar: SchoolCalendar; coachId: string; teachers: string[] },
): void {
  const districtId = rows.district.id;
  const indicatorId = new Map(rows.tenant.indicators.map((row) => [row.code, row.id]));
  const today = localDay(input.now, input.calendar.timeZone);
  for (const seeded of interactions) {
    const id = randomUUID();
    rows.tenant.coachingInteractions.push({
      districtId,
      id,
      coachId: input.coachId,
      kind: seeded.kind,
      occurredOn: dayOf(input.calendar, today, seeded.daysAgo),
      minutes: seeded.minutes,
      note: seeded.note,
    });
    for (const position of seeded.teachers) {
      const teacherId = input.teachers[position];
      if (!teacherId) throw new Error(`The coaching log seed has no teacher ${position}.`);
      rows.tenant.coachingInteractionTeachers.push({ districtId, interactionId: id, teacherId });
    }
    for (const code of seeded.indicatorCodes) {
      const indicator = indicatorId.get(code);
      if (!indicator) throw new Error(`The demo framework has no indicator ${code}.`);
      rows.tenant.coachingInteractionIndicators.push({
        districtId,
        interactionId: id,
        indicatorId: indicator,
      });
    }
  }
}
