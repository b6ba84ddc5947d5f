import { randomUUID } from "node:crypto";
import type { ObservationKind } from "@throughline/domain/enums";
import { localDay } from "@throughline/domain/local-time";
import type { DistrictRows } from "./rows.ts";
import type { SchoolCalendar } from "./school-calendar.ts";
import { addDays } from "./time.ts";

interface SeededObservation {
  teacherId: string;
  observerId: string;
  kind: ObservationKind;
  daysAgo: number;
  classLabel: string;
  minutes: number;
  published: boolean;
  /** Indicator code → [level rank or null, look-fors]. */
  ratings: [code: string, rank: number | null, lookFors: string][];
  /** Minutes after the start of the lesson, and what was seen. */
  notes: [minute: number, body: string][];
  reflection?: string;
  acknowledged?: boolean;
}

/**
 * The demo's observations: the demo teacher's coaching history with her coach (an older and a
 * recent published observation she reflected on, and a draft only the coach can see), and the
 * principal's walkthroughs across several teachers of the school, so the school view has data.
 * Appended to the built rows; people are found by id, indicators by code.
 */
export function seedObservations(
  rows: DistrictRows,
  input: {
    now: Date;
    coachId: string;
    principalId: string;
    /** The elementary school's teachers; the first is the demo teacher. */
    teachers: string[];
    /** Observations happen in class: on school days, in the district's morning. */
    calendar: SchoolCalendar;
  },
): void {
  const indicatorId = new Map(rows.tenant.indicators.map((row) => [row.code, row.id]));
  const [maria, , ...others] = input.teachers;
  if (!maria) throw new Error("The observation seed needs the demo teacher.");
  const list: SeededObservation[] = [
    {
      teacherId: maria,
      observerId: input.coachId,
      kind: "coaching",
      daysAgo: 45,
      classLabel: "Grade 1 · Reading block",
      minutes: 30,
      published: true,
      ratings: [
        ["1.2", 1, "Essential question posted; not yet returned to during the lesson."],
        ["1.3", 2, "Picture walk activates vocabulary from the last unit."],
      ],
      notes: [[4, "Essential question on the board, read aloud once."]],
      reflection: "I forget the question once we start. I will put it on the exit ticket.",
      acknowledged: true,
    },
    {
      teacherId: maria,
      observerId: input.coachId,
      kind: "coaching",
      daysAgo: 21,
      classLabel: "Grade 1 · Phonics and shared reading",
      minutes: 40,
      published: true,
      ratings: [
        ["1.2", 2, "Students restate the question in pairs; returned to once at the midpoint."],
        ["1.5", 1, "Long first chunk (15 min) before students talk."],
        ["1.6", 2, "Closing summary with a sentence frame; three students share."],
      ],
      notes: [
        [2, "Students restate the essential question to a partner."],
        [17, "First processing break after a long chunk; two students off task."],
        [36, "Summary frame: 'Today I learned … because …'."],
      ],
      reflection:
        "Breaking the first chunk in two is my next step. The sentence frame worked better than I expected.",
      acknowledged: true,
    },
    {
      teacherId: maria,
      observerId: input.coachId,
      kind: "coaching",
      daysAgo: 1,
      classLabel: "Grade 1 · Writing",
      minutes: 25,
      published: false,
      ratings: [["1.5", null, ""]],
      notes: [[5, "Mini-lesson in two chunks today."]],
    },
  ];
  // The principal's walkthroughs: several teachers, different visit counts.
  const walkthroughCodes = ["1.1", "1.2", "1.6"] as const;
  const visited = [maria, ...others.slice(0, 5)];
  visited.forEach((teacherId, index) => {
    const visits = index === 0 ? 1 : (index % 3) + 1;
    for (let visit = 0; visit < visits; visit += 1) {
      list.push({
        teacherId,
        observerId: input.principalId,
        kind: "walkthrough",
        daysAgo: 3 + index * 4 + visit * 11,
        classLabel: `Room ${110 + index}`,
        minutes: 10,
        published: true,
        ratings: walkthroughCodes.map((code, codeIndex) => [
          code,
          (index + visit + codeIndex) % 4,
          "",
        ]),
        notes: [[3, "Learning goal posted; students can say what they are learning."]],
        acknowledged: index % 2 === 0,
      });
    }
  });
  for (const seeded of list) addObservation(rows, input, seeded, indicatorId);
}

function addObservation(
  rows: DistrictRows,
  { now, calendar }: { now: Date; calendar: SchoolCalendar },
  seeded: SeededObservation,
  indicatorId: Map<string, string | undefined>,
): void {
  const districtId = rows.district.id;
  const id = randomUUID();
  const startsAt = calendar.schoolDayAt(now, -seeded.daysAgo, 8, 30);
  const publishedAt = seeded.published ? new Date(startsAt.getTime() + 3 * 3600_000) : null;
  const dayAfter = addDays(startsAt, 1);
  rows.tenant.observations.push({
    districtId,
    id,
    teacherId: seeded.teacherId,
    observerId: seeded.observerId,
    kind: seeded.kind,
    observedOn: localDay(startsAt, calendar.timeZone),
    classLabel: seeded.classLabel,
    durationMinutes: seeded.minutes,
    status: seeded.published ? "published" : "draft",
    publishedAt,
    revision: 3,
    reflection: seeded.reflection ?? null,
    reflectedAt: seeded.reflection ? dayAfter : null,
    acknowledgedAt: seeded.acknowledged ? dayAfter : null,
  });
  for (const [code, levelRank, lookFors] of seeded.ratings) {
    const indicator = indicatorId.get(code);
    if (!indicator) throw new Error(`The demo framework has no indicator ${code}.`);
    rows.tenant.observationRatings.push({
      districtId,
      id: randomUUID(),
      observationId: id,
      indicatorId: indicator,
      levelRank,
      lookFors: lookFors || null,
    });
  }
  for (const [minute, body] of seeded.notes) {
    rows.tenant.observationNotes.push({
      districtId,
      id: randomUUID(),
      observationId: id,
      notedAt: new Date(startsAt.getTime() + minute * 60_000),
      body,
    });
  }
}
