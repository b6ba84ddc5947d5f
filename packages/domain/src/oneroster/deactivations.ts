import type { CheckedFiles } from "./check-files.ts";
import type { CurrentRoster, RosterPlan } from "./planner.ts";

/*
 * An import never deactivates many people on its own say-so. A users.csv cut short, or a
 * roles.csv sent empty, looks like a roster of people who all left; the admin has to name the
 * number before such an import runs.
 */

/**
 * The share of the district's active rostered people an import may deactivate without a named
 * confirmation: a new school year moves a few percent of the staff, not a tenth.
 */
const DEACTIVATION_CONFIRMATION_SHARE = 0.1;

/** Names sent with the preview; the count is always whole. */
const DEACTIVATION_LIST_LIMIT = 500;

export interface DeactivationReview {
  /** People this import deactivates. */
  count: number;
  /** Active people who came from a roster before the import: the whole the share is of. */
  activeRostered: number;
  /** The first DEACTIVATION_LIST_LIMIT of them, by name. */
  people: { displayName: string; email: string }[];
  /** The import runs only with `confirmDeactivations` equal to `count`. */
  needsConfirmation: boolean;
}

/** A bulk file with no rows: anyone it would deactivate is deactivated by an empty file. */
function emptyBulkFile(checked: CheckedFiles): boolean {
  return checked.files.some(
    (file) =>
      file.mode === "bulk" &&
      file.rows === 0 &&
      (file.file === "users.csv" || file.file === "roles.csv"),
  );
}

export function reviewDeactivations(
  checked: CheckedFiles,
  current: CurrentRoster,
  plan: RosterPlan,
): DeactivationReview {
  const leaving = plan.changePeople.filter((change) => change.kind === "deactivate");
  const activeRostered = current.people.filter((person) => person.active).length;
  const count = leaving.length;
  const share = count > activeRostered * DEACTIVATION_CONFIRMATION_SHARE;
  return {
    count,
    activeRostered,
    people: leaving
      .map(({ displayName, email }) => ({ displayName, email }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.email.localeCompare(b.email))
      .slice(0, DEACTIVATION_LIST_LIMIT),
    needsConfirmation: count > 0 && (share || emptyBulkFile(checked)),
  };
}

/**
 * Why the import may not run yet, or null: it deactivates enough people to need a confirmation
 * and the admin did not confirm this very number (the files may have changed since the preview).
 */
export function deactivationRefusal(
  review: DeactivationReview,
  confirmed: number | undefined,
): string | null {
  if (!review.needsConfirmation || confirmed === review.count) return null;
  const these = review.count === 1 ? "this person" : `these ${review.count} people`;
  return `Nothing was imported: it would deactivate ${review.count} of the district's ${review.activeRostered} rostered people. Check that the export is complete; to go ahead, confirm "Deactivate ${these}".`;
}
