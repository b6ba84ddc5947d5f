import type { CheckedFiles } from "./check-files.ts";
import type { RosterRow } from "./rows.ts";

/*
 * Classes with periods become teaching timetables. Every active teacher enrollment of a class
 * with periods gives its teacher one teaching slot per bell period of the class's school whose
 * name matches one of the periods, on every weekday that period rings. Slots made this way are
 * marked as the roster's and name their class, so a later import can tell them apart from the
 * ones entered by hand, which it never touches.
 */

export interface CurrentBellPeriod {
  schoolId: string;
  weekday: number;
  name: string;
  startMinute: number;
  endMinute: number;
}

/** A teaching slot an earlier import made (source 'roster'). */
export interface CurrentRosterSlot {
  id: string;
  personId: string;
  schoolId: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  label: string;
  classSourcedId: string | null;
}

export interface CurrentTimetables {
  bellPeriods: readonly CurrentBellPeriod[];
  rosterSlots: readonly CurrentRosterSlot[];
}

export const NO_TIMETABLES: CurrentTimetables = { bellPeriods: [], rosterSlots: [] };

/** A slot to create; the person may be created by the same import, so it is named by sourcedId. */
interface PlannedSlot {
  personSourcedId: string;
  schoolId: string;
  classSourcedId: string;
  weekday: number;
  startMinute: number;
  endMinute: number;
  label: string;
}

export interface TimetableChanges {
  createSlots: PlannedSlot[];
  removeSlotIds: string[];
}

/** What the timetable planner needs to know of the people and schools. */
interface TimetableContext {
  timetables: CurrentTimetables;
  /** Roster people now: id ↔ sourcedId. */
  people: readonly { id: string; sourcedId: string }[];
  /** Roster people the same import creates. */
  newPeople: ReadonlySet<string>;
  /** School sourcedId → the existing school's id (after linking by name); new schools are not in it. */
  schoolIds: ReadonlyMap<string, string>;
  /** School sourcedId → its name, for the notes. */
  schoolNames: ReadonlyMap<string, string>;
}

type ClassRow = RosterRow<"classes.csv">;
type Weekly = Omit<PlannedSlot, "personSourcedId" | "classSourcedId">;

/**
 * A period's name reduced to what a SIS and a bell schedule share: "Period 1", "P1", "p 1",
 * "1" and "01" are all "1"; "Literacy block" stays "literacy block".
 */
export function periodKey(name: string): string {
  const key = name
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/^(?:period\b\.?|per\.|p(?=\s*\d))\s*/, "");
  return /^\d+$/.test(key) ? String(Number(key)) : key;
}

function periodsOf(section: ClassRow): string[] {
  return (section.periods ?? "")
    .split(",")
    .map((period) => period.trim())
    .filter((period) => period !== "");
}

/** The label a slot shows: the class title, and its course's title when that adds something. */
function labelOf(section: ClassRow, courseTitles: ReadonlyMap<string, string>): string {
  const course = courseTitles.get(section.courseSourcedId);
  if (!course || section.title.toLowerCase().includes(course.toLowerCase())) return section.title;
  return `${section.title} (${course})`;
}

const slotKey = (slot: Weekly & { classSourcedId: string; personSourcedId: string }) =>
  [
    slot.personSourcedId,
    slot.classSourcedId,
    slot.schoolId,
    slot.weekday,
    slot.startMinute,
    slot.endMinute,
    slot.label,
  ].join("\u0000");

const pairKey = (personSourcedId: string, classSourcedId: string) =>
  `${personSourcedId}\u0000${classSourcedId}`;

/** Each class row's weekly slots from its school's bell schedule, and the notes on the way. */
function weeklySlotsOfClasses(
  checked: CheckedFiles,
  context: TimetableContext,
  notes: string[],
): Map<string, Weekly[]> {
  const bellsOf = new Map<string, CurrentBellPeriod[]>();
  for (const period of context.timetables.bellPeriods) {
    const list = bellsOf.get(period.schoolId) ?? [];
    list.push(period);
    bellsOf.set(period.schoolId, list);
  }
  const courseTitles = new Map(
    checked.good["courses.csv"].map((course) => [course.sourcedId, course.title]),
  );
  const schoolsWithoutBells = new Set<string>();
  const weekly = new Map<string, Weekly[]>();
  for (const section of checked.good["classes.csv"]) {
    if (section.status === "tobedeleted") continue;
    const slots: Weekly[] = [];
    weekly.set(section.sourcedId, slots);
    const periods = periodsOf(section);
    if (periods.length === 0) continue;
    const schoolName = context.schoolNames.get(section.schoolSourcedId) ?? section.schoolSourcedId;
    const schoolId = context.schoolIds.get(section.schoolSourcedId);
    const bells = schoolId ? (bellsOf.get(schoolId) ?? []) : [];
    if (!schoolId || bells.length === 0) {
      if (!schoolsWithoutBells.has(section.schoolSourcedId)) {
        schoolsWithoutBells.add(section.schoolSourcedId);
        notes.push(
          `${schoolName} has no bell schedule yet, so its classes' periods make no teaching slots: enter its bell schedule and import again.`,
        );
      }
      continue;
    }
    const label = labelOf(section, courseTitles);
    for (const period of periods) {
      const matching = bells.filter((bell) => periodKey(bell.name) === periodKey(period));
      if (matching.length === 0) {
        const named = /^\d+$/.test(period) ? `period ${period}` : `period '${period}'`;
        notes.push(
          `classes.csv line ${section.line}: ${named} is not in ${schoolName}'s bell schedule.`,
        );
      }
      for (const bell of matching) {
        slots.push({
          schoolId: bell.schoolId,
          weekday: bell.weekday,
          startMinute: bell.startMinute,
          endMinute: bell.endMinute,
          label,
        });
      }
    }
  }
  return weekly;
}

/**
 * Who teaches which class from now on, as person–class pairs. Bulk enrollments say it all;
 * delta enrollments change the pairs earlier imports made (known from their slots).
 */
function teachingPairs(
  checked: CheckedFiles,
  currentPairs: ReadonlyMap<string, { person: string; section: string }>,
): Map<string, { person: string; section: string }> {
  const pairs =
    checked.modes["enrollments.csv"] === "bulk"
      ? new Map<string, { person: string; section: string }>()
      : new Map(currentPairs);
  for (const enrollment of checked.good["enrollments.csv"]) {
    if (enrollment.role !== "teacher") continue;
    const key = pairKey(enrollment.userSourcedId, enrollment.classSourcedId);
    if (enrollment.status === "tobedeleted") pairs.delete(key);
    else pairs.set(key, { person: enrollment.userSourcedId, section: enrollment.classSourcedId });
  }
  return pairs;
}

/**
 * The slots to create and to remove so the roster's slots match the files. Only the slots of
 * people in this roster are compared; a person or class whose row is bad keeps what they have.
 */
export function planTimetables(
  checked: CheckedFiles,
  context: TimetableContext,
  notes: string[],
): TimetableChanges {
  const changes: TimetableChanges = { createSlots: [], removeSlotIds: [] };
  const { modes } = checked;
  if (modes["classes.csv"] === "absent" && modes["enrollments.csv"] === "absent") return changes;

  const sourcedIdOf = new Map(context.people.map((person) => [person.id, person.sourcedId]));
  const usersInFile = new Set(checked.good["users.csv"].map((user) => user.sourcedId));
  const knownPeople = new Set(context.people.map((person) => person.sourcedId));
  const willExist = (person: string) => context.newPeople.has(person) || knownPeople.has(person);
  const inScope = (person: string) =>
    !checked.badIds["users.csv"].has(person) &&
    (usersInFile.has(person) || modes["users.csv"] !== "bulk");

  /** Current roster slots by person–class pair, and each class's weekly slots. */
  const currentSlots = new Map<string, (CurrentRosterSlot & { personSourcedId: string })[]>();
  const currentPairs = new Map<string, { person: string; section: string }>();
  const currentWeekly = new Map<string, Map<string, Weekly>>();
  for (const slot of context.timetables.rosterSlots) {
    const person = sourcedIdOf.get(slot.personId);
    if (!person || !slot.classSourcedId) continue;
    const key = pairKey(person, slot.classSourcedId);
    const list = currentSlots.get(key) ?? [];
    list.push({ ...slot, personSourcedId: person });
    currentSlots.set(key, list);
    currentPairs.set(key, { person, section: slot.classSourcedId });
    const { schoolId, weekday, startMinute, endMinute, label } = slot;
    const ofClass = currentWeekly.get(slot.classSourcedId) ?? new Map<string, Weekly>();
    ofClass.set([schoolId, weekday, startMinute, endMinute, label].join("\u0000"), {
      schoolId,
      weekday,
      startMinute,
      endMinute,
      label,
    });
    currentWeekly.set(slot.classSourcedId, ofClass);
  }

  const weekly = weeklySlotsOfClasses(checked, context, notes);
  const deletedClasses = new Set(
    checked.good["classes.csv"].flatMap((row) =>
      row.status === "tobedeleted" ? [row.sourcedId] : [],
    ),
  );
  /** A class not in a delta file is unchanged: a new teacher gets a current teacher's slots. */
  const wantedWeekly = (section: string, key: string): Weekly[] | "keep" => {
    const fromFile = weekly.get(section);
    if (fromFile) return fromFile;
    if (deletedClasses.has(section) || modes["classes.csv"] === "bulk") return [];
    return currentSlots.has(key) ? "keep" : [...(currentWeekly.get(section)?.values() ?? [])];
  };

  const pairs = teachingPairs(checked, currentPairs);
  for (const key of new Set([...currentPairs.keys(), ...pairs.keys()])) {
    const pair = pairs.get(key) ?? currentPairs.get(key);
    if (!pair || !inScope(pair.person) || !willExist(pair.person)) continue;
    if (checked.badIds["classes.csv"].has(pair.section)) continue;
    const wanted = pairs.has(key) ? wantedWeekly(pair.section, key) : [];
    if (wanted === "keep") continue;
    const planned = new Map<string, PlannedSlot>();
    for (const slot of wanted) {
      const full = { ...slot, personSourcedId: pair.person, classSourcedId: pair.section };
      planned.set(slotKey(full), full);
    }
    for (const slot of currentSlots.get(key) ?? []) {
      const slotAsKey = slotKey({ ...slot, classSourcedId: pair.section });
      // Matched once: a second identical slot is a duplicate and goes.
      if (planned.has(slotAsKey)) planned.delete(slotAsKey);
      else changes.removeSlotIds.push(slot.id);
    }
    changes.createSlots.push(...planned.values());
  }
  return changes;
}
