import { runToEnd, type Steps } from "../steps.ts";
import { type CheckedFiles, checkFilesInSteps, type FileSummary } from "./check-files.ts";
import { checkReferences } from "./cross-file.ts";
import { type DeactivationReview, reviewDeactivations } from "./deactivations.ts";
import type { CsvTable, RosterProblem } from "./files.ts";
import { keepDistrictAdmins } from "./keep-district-admins.ts";
import {
  type CurrentRoster,
  planRosterInSteps,
  type RosterCounts,
  type RosterPlan,
} from "./planner.ts";
import { type CurrentTimetables, NO_TIMETABLES } from "./timetable-plan.ts";

/** What the preview shows: counts, every problem with its file and line, and notes. */
export interface RosterReview {
  files: FileSummary[];
  counts: RosterCounts;
  /** Whole-file problems: nothing can be imported until they are fixed. */
  problems: RosterProblem[];
  /** Rows left out; the import may skip them when the admin says so. */
  badRows: RosterProblem[];
  notes: string[];
  /** District admins the roster would have locked out, kept as they are (also in `notes`). */
  kept: string[];
  /** Who the import deactivates, and whether it waits for the admin to confirm the number. */
  deactivations: DeactivationReview;
}

function byFileAndLine(a: RosterProblem, b: RosterProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Checks the files against the binding and each other, then plans against the district: its
 * schools and people, and the teaching timetables earlier imports made. The district admin
 * running the import (`runningPersonId`) is never locked out by it.
 */
export function reviewRoster(
  tables: readonly CsvTable[],
  current: CurrentRoster,
  timetables: CurrentTimetables = NO_TIMETABLES,
  runningPersonId: string | null = null,
): { review: RosterReview; plan: RosterPlan } {
  return runToEnd(reviewRosterInSteps(tables, current, timetables, runningPersonId));
}

/** reviewRoster, yielding between bounded steps (see steps.ts): the API runs it a step a turn. */
export function* reviewRosterInSteps(
  tables: readonly CsvTable[],
  current: CurrentRoster,
  timetables: CurrentTimetables = NO_TIMETABLES,
  runningPersonId: string | null = null,
): Steps<{ review: RosterReview; plan: RosterPlan }> {
  const people = new Set(current.people.map((person) => person.sourcedId));
  const checked: CheckedFiles = yield* checkFilesInSteps(tables, people);
  yield;
  yield* checkReferences(checked, {
    schools: new Set(current.schools.flatMap((school) => school.sourcedId ?? [])),
    people,
  });
  yield;
  const plan = yield* planRosterInSteps(checked, current, timetables);
  // Before the deactivations are counted: a kept admin is not one of them.
  const kept = keepDistrictAdmins(plan, current, runningPersonId);
  yield;
  const review: RosterReview = {
    files: checked.files,
    counts: plan.counts,
    problems: checked.problems,
    badRows: [...checked.badRows].sort(byFileAndLine),
    notes: [...checked.notes, ...plan.notes, ...kept],
    kept,
    deactivations: reviewDeactivations(checked, current, plan),
  };
  return { review, plan };
}

/** Row writes an apply makes: the progress bar's whole. */
export function planSize(plan: RosterPlan): number {
  return (
    plan.createSchools.length +
    plan.updateSchools.length +
    plan.createPeople.length +
    plan.changePeople.length +
    plan.timetable.createSlots.length +
    plan.timetable.removeSlotIds.length
  );
}
