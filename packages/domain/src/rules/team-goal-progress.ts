/*
 * Whether a team is on track toward its goal on student learning. The team planned a straight
 * line from its baseline (on the goal's start date) to its target (on the target date); a
 * measure is on track when it is no further behind that line than the tolerance allows. The
 * tolerance is a share of the whole planned change, so a goal of +40 points and one of +4 are
 * judged alike. Goals can aim down (fewer students below basic): "behind" follows the aim.
 */

export type GoalStatus = "not_measured" | "on_track" | "off_track" | "met";

export interface GoalPlan {
  baselineValue: number;
  targetValue: number;
  /** ISO dates (YYYY-MM-DD). */
  startsOn: string;
  targetOn: string;
}

export interface Measurement {
  /** The ISO date the measure was taken for (the checkpoint's date). */
  on: string;
  value: number;
}

/** How far behind the line still counts as on track: a tenth of the planned change. */
const ON_TRACK_TOLERANCE = 0.1;

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

/** Where the plan's straight line is on a day: the baseline before the start, the target after. */
export function expectedOn(plan: GoalPlan, on: string): number {
  const span = dayNumber(plan.targetOn) - dayNumber(plan.startsOn);
  if (span <= 0) return plan.targetValue;
  const share = Math.min(1, Math.max(0, (dayNumber(on) - dayNumber(plan.startsOn)) / span));
  return plan.baselineValue + (plan.targetValue - plan.baselineValue) * share;
}

/** The latest measurement by date; null when none was recorded. */
function latestMeasurement(measurements: readonly Measurement[]): Measurement | null {
  let latest: Measurement | null = null;
  for (const measurement of measurements) {
    if (!latest || measurement.on >= latest.on) latest = measurement;
  }
  return latest;
}

interface GoalProgress {
  status: GoalStatus;
  latest: Measurement | null;
  /** Where the line says the team should be on the latest measurement's date. */
  expected: number | null;
}

export function goalProgress(
  plan: GoalPlan,
  measurements: readonly Measurement[],
  tolerance: number = ON_TRACK_TOLERANCE,
): GoalProgress {
  const latest = latestMeasurement(measurements);
  if (!latest) return { status: "not_measured", latest: null, expected: null };
  const aim = Math.sign(plan.targetValue - plan.baselineValue) || 1;
  const expected = expectedOn(plan, latest.on);
  if ((latest.value - plan.targetValue) * aim >= 0) return { status: "met", latest, expected };
  const allowed = Math.abs(plan.targetValue - plan.baselineValue) * tolerance;
  const behind = (expected - latest.value) * aim;
  return { status: behind <= allowed ? "on_track" : "off_track", latest, expected };
}

export const goalStatusLabels: Record<GoalStatus, string> = {
  not_measured: "Not measured yet",
  on_track: "On track",
  off_track: "Off track",
  met: "Target met",
};
