import { breakOn, outsideSchoolDay } from "@throughline/domain/rules/school-week";
import { Alert } from "@throughline/ui/alert";
import type { SchedulableTeam } from "./types.ts";

/**
 * Warns while scheduling: a day in one of the district's breaks (a series skips those weeks; a
 * single meeting would land in it) or a time outside the team's school day.
 */
export function SchoolWeekWarning({
  team,
  startsAt,
  endsAt,
  repeats,
}: {
  team: SchedulableTeam | undefined;
  startsAt: Date | null;
  endsAt: Date | null;
  repeats: boolean;
}) {
  const week = team?.schoolWeek;
  if (!week || !startsAt || !endsAt || endsAt <= startsAt) return null;
  const inBreak = breakOn(startsAt, week.breaks, week.timeZone);
  const outside = outsideSchoolDay({ startsAt, endsAt }, week.schoolDay, week.timeZone);
  const messages = [
    inBreak
      ? repeats
        ? `This day falls in ${inBreak.name}: weeks in a break are skipped.`
        : `This day falls in ${inBreak.name}.`
      : null,
    outside ? `The meeting ${outside}.` : null,
  ].filter((message) => message !== null);
  if (messages.length === 0) return null;
  return <Alert variant="warning">{messages.join(" ")}</Alert>;
}
