import { randomUUID } from "node:crypto";
import { elementaryBells, middleBells, type SeedPeriod, schoolWeek } from "./bell-schedules.ts";
import type { DistrictRows } from "./rows.ts";

/*
 * Collaboration time for the demo: both bell schedules, a teaching timetable for every teacher
 * and one protected block. The timetables are built so the finder has something true to say:
 * the Grades 3–5 Team shares two whole-team windows a week (Thursday block 5, Tuesday block 6)
 * and one where all but Priya Raman are free; the K–2 PLC shares one, already protected; the
 * Intervention & Specials Department none. At the middle school the Grade 7 Team shares
 * period 6 on Mondays (and Wednesdays, all but one), and the others stagger their planning.
 */

type Weekday = (typeof schoolWeek)[number];

const wednesdayBlock6 = elementaryBells.find((period) => period.key === "b6");
if (!wednesdayBlock6) throw new Error("The elementary bell schedule needs block 6.");

/** The K–2 Literacy PLC's protected time, Wednesday block 6, where it holds its meetings. */
export const k2PlcBlock = {
  weekday: 3,
  startMinute: wednesdayBlock6.start,
  endMinute: wednesdayBlock6.end,
};

/** One teacher's week: what they teach, and the periods (by weekday) they are free. */
interface TeacherWeek {
  /** The teacher's index in the school's list. */
  index: number;
  /** "Grade 4", "Art": prefixes each subject, or stands alone for specialists. */
  course: string;
  /** Specialists teach the same course all day; classroom teachers teach each period's subject. */
  specialist?: boolean;
  free: Partial<Record<Weekday, string[]>>;
}

const elementarySubjects: Record<string, string> = {
  morning: "Morning meeting",
  literacy: "Reading",
  b2: "Word study",
  math: "Math",
  b4: "Science",
  b5: "Social studies",
  b6: "Writing",
  dismissal: "Closing circle",
};

const everyDay = (keys: string[]) =>
  Object.fromEntries(schoolWeek.map((day) => [day, keys])) as Record<Weekday, string[]>;

/** Indexes match `mapleElementaryTeachers` and the teams in maple-valley.ts. */
const elementaryWeeks: TeacherWeek[] = [
  // K–2 Literacy PLC: each grade's specials at its own time; Wednesday block 6 all together.
  { index: 0, course: "Grade 1", free: { 2: ["b4"], 3: ["b6"], 4: ["b4"] } },
  { index: 2, course: "Kindergarten", free: { 1: ["b2"], 3: ["b2", "b6"], 5: ["b2"] } },
  { index: 3, course: "Kindergarten", free: { 1: ["b2"], 3: ["b2", "b6"], 5: ["b2"] } },
  { index: 5, course: "Grade 1", free: { 2: ["b4"], 3: ["b6"], 4: ["b4"] } },
  { index: 9, course: "Grade 2", free: { 1: ["b5"], 3: ["b5", "b6"] } },
  { index: 11, course: "Grade 2", free: { 1: ["b5"], 3: ["b5", "b6"] } },
  { index: 17, course: "Grade 1", free: { 2: ["b4"], 3: ["b6"], 4: ["b4"] } },
  // Grades 3–5 Team: specials aligned on Tuesday and Thursday; Monday block 2 for most.
  { index: 1, course: "Grade 4", free: { 1: ["b2"], 2: ["b6"], 4: ["b5"] } },
  { index: 4, course: "Grade 4", free: { 2: ["b6"], 4: ["b5"] } },
  { index: 6, course: "Grade 3", free: { 1: ["b2"], 2: ["b6"], 4: ["b5"] } },
  { index: 12, course: "Grade 5", free: { 1: ["b2"], 2: ["b6"], 4: ["b5"], 5: ["b4"] } },
  { index: 13, course: "Grade 5", free: { 1: ["b2"], 2: ["b6"], 4: ["b5"] } },
  { index: 18, course: "Grade 3", free: { 1: ["b2"], 2: ["b6"], 4: ["b5"], 5: ["b4"] } },
  // Intervention & Specials Department: one planning block each, never the same one.
  { index: 7, course: "Art", specialist: true, free: everyDay(["morning"]) },
  { index: 8, course: "Music", specialist: true, free: everyDay(["b4"]) },
  { index: 10, course: "Physical education", specialist: true, free: everyDay(["b6"]) },
  { index: 14, course: "Library", specialist: true, free: everyDay(["math"]) },
  { index: 15, course: "Reading intervention", specialist: true, free: everyDay(["b2"]) },
  { index: 16, course: "English learners", specialist: true, free: everyDay(["b5"]) },
  { index: 19, course: "Special education", specialist: true, free: everyDay(["literacy"]) },
];

const mathScience = [1, 4, 7, 10, 13, 16, 17];
const gradeSeven = [0, 2, 5, 8, 11, 15, 18];
const englishArts = [3, 6, 9, 12, 14, 19];

/** Indexes match `riversideMiddleTeachers` and the teams in maple-valley.ts. */
const middleWeeks: TeacherWeek[] = [
  // Math & Science PLC: planning alternates between periods 2 and 3, so it never meets whole.
  ...mathScience.map((index, position) => ({
    index,
    course: position % 2 === 0 ? "Math" : "Science",
    specialist: true,
    free: everyDay([position % 2 === 0 ? "p2" : "p3"]),
  })),
  // Grade 7 Team: common planning in period 6 on Mondays; Megan Gallagher covers Wednesdays.
  ...gradeSeven.map((index) => ({
    index,
    course: "Grade 7 Core",
    specialist: true,
    free: { 1: ["p6"], 3: index === 18 ? [] : ["p6"] },
  })),
  // ELA Department: period 4 planning, except Yasmin Farouk (period 5).
  ...englishArts.map((index) => ({
    index,
    course: "English Language Arts",
    specialist: true,
    free: everyDay([index === 12 ? "p5" : "p4"]),
  })),
];

function subjectOf(week: TeacherWeek, period: SeedPeriod, subjects?: Record<string, string>) {
  if (week.specialist) return `${week.course} · ${period.name}`;
  return `${week.course} ${subjects?.[period.key] ?? period.name}`;
}

export function seedCollaborationTime(
  rows: DistrictRows,
  input: {
    elementaryId: string;
    middleId: string;
    elementaryTeachers: string[];
    middleTeachers: string[];
    /** Who scheduled the demo's block: the elementary principal. */
    principalId: string;
  },
): void {
  const districtId = rows.district.id;
  const { tenant } = rows;

  const addSchool = (
    schoolId: string,
    bells: SeedPeriod[],
    teachers: string[],
    weeks: TeacherWeek[],
    subjects?: Record<string, string>,
  ) => {
    for (const weekday of schoolWeek) {
      for (const period of bells) {
        tenant.bellPeriods.push({
          districtId,
          id: randomUUID(),
          schoolId,
          weekday,
          name: period.name,
          startMinute: period.start,
          endMinute: period.end,
        });
      }
    }
    for (const week of weeks) {
      const personId = teachers[week.index];
      if (!personId)
        throw new Error(`The timetable seed names teacher ${week.index}, who is missing.`);
      for (const weekday of schoolWeek) {
        const free = new Set(week.free[weekday] ?? []);
        for (const period of bells) {
          if (period.open || free.has(period.key)) continue;
          tenant.teachingSlots.push({
            districtId,
            id: randomUUID(),
            personId,
            schoolId,
            weekday,
            startMinute: period.start,
            endMinute: period.end,
            label: subjectOf(week, period, subjects),
            source: "manual",
          });
        }
      }
    }
  };

  addSchool(
    input.elementaryId,
    elementaryBells,
    input.elementaryTeachers,
    elementaryWeeks,
    elementarySubjects,
  );
  addSchool(input.middleId, middleBells, input.middleTeachers, middleWeeks);

  const k2 = tenant.teams.find(
    (team) => team.schoolId === input.elementaryId && team.name === "K–2 Literacy PLC",
  );
  if (!k2?.id) throw new Error("The collaboration seed needs the K–2 Literacy PLC.");
  tenant.collaborationBlocks.push({
    districtId,
    id: randomUUID(),
    teamId: k2.id,
    ...k2PlcBlock,
    createdById: input.principalId,
    note: "Weekly PLC time while K–2 classes are in specials.",
  });
}
