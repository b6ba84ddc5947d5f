import { schoolWeekOfTeam } from "@throughline/db/queries/meetings/school-week";
import type { SkippedOccurrence } from "@throughline/domain/rules/school-week";
import { breakOn, outsideSchoolDay, withoutBreaks } from "@throughline/domain/rules/school-week";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";

/* Fitting newly scheduled meetings to the school's real week: breaks and the school day. */

interface FittedOccurrences {
  starts: Date[];
  /** Occurrences of a series left out because they fall in a break. */
  skipped: SkippedOccurrence[];
  /** What the scheduler should know but may go ahead with ("ends after the school day"). */
  warnings: string[];
}

/**
 * A series leaves out the occurrences that fall in a district break; a one-off meeting in a
 * break is kept (someone chose that day) but flagged. Meetings outside the school day, read from
 * the team's school's bell schedule, are flagged too.
 */
export async function fitToSchoolWeek(
  ctx: TenantScope,
  params: { teamId: string; starts: Date[]; durationMs: number; series: boolean },
): Promise<FittedOccurrences> {
  const week = await schoolWeekOfTeam(ctx.tx, {
    districtId: ctx.districtId,
    teamId: params.teamId,
  });
  const warnings: string[] = [];
  let starts = params.starts;
  let skipped: SkippedOccurrence[] = [];
  if (params.series) {
    ({ kept: starts, skipped } = withoutBreaks(params.starts, week.breaks, week.timeZone));
    if (starts.length === 0) {
      throw fieldProblem(["startsAt"], "Every meeting of this series falls in a break");
    }
  } else {
    const first = params.starts[0];
    const inBreak = first ? breakOn(first, week.breaks, week.timeZone) : null;
    if (inBreak) warnings.push(`The meeting falls in ${inBreak.name}.`);
  }
  const outside = new Set<string>();
  for (const startsAt of starts) {
    const endsAt = new Date(startsAt.getTime() + params.durationMs);
    const why = outsideSchoolDay({ startsAt, endsAt }, week.schoolDay, week.timeZone);
    if (why) outside.add(why);
  }
  for (const why of outside) warnings.push(`The meeting ${why}.`);
  return { starts, skipped, warnings };
}

/** Each team with its school's day and the district's breaks, so the form can warn as you type. */
export async function withSchoolWeek<T extends { id: string }>(ctx: TenantScope, teams: T[]) {
  const weeks = await Promise.all(
    teams.map((team) => schoolWeekOfTeam(ctx.tx, { districtId: ctx.districtId, teamId: team.id })),
  );
  return teams.map((team, index) => ({ ...team, schoolWeek: weeks[index] ?? null }));
}
