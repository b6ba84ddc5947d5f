import { listWaitingSubmissions } from "@throughline/db/queries/credentials/credential-admin-reviewers";
import { loadReviewSettings } from "@throughline/db/queries/credentials/review-settings";
import {
  firstBlocksOfSchools,
  firstMeetingsOfWeek,
} from "@throughline/db/queries/home-pages/admin-overview-parts";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import type { AdminOverview } from "@throughline/domain/admin-overview";
import { overviewWeekLimit, walkthroughCoverageWeeks } from "@throughline/domain/admin-overview";
import { waitingDays } from "@throughline/domain/credential-review";
import { startOfLocalWeek } from "@throughline/domain/local-time";
import type { Weekday } from "@throughline/domain/rules/common-time";
import { describeSpan } from "@throughline/domain/rules/weekly-time";
import type { TenantScope } from "../../session.ts";
import type { DashboardSource } from "../dashboard/kept-dashboard.ts";
import { districtParts } from "./overview-district.ts";
import { walkthroughDaysIn } from "./overview-district-kept.ts";
import { schoolsParts } from "./overview-school.ts";

const DAY_MS = 86_400_000;

/**
 * The admin app's first screen: who needs attention, this week's meetings and blocks,
 * walkthrough coverage, the credential queue and the dashboard's headline figures. Each part
 * reuses the rule that the caseload, the meetings list, the walkthroughs page, the reviewers
 * page and the implementation dashboard use, so every number is theirs. A principal's names
 * every flagged teacher of their schools; a district's ranks the schools by their counts
 * (`overview-district.ts`) and stays the same size however many schools there are.
 * `schoolIds` narrows a district admin's overview to one school (its page).
 */
export async function buildAdminOverview(
  ctx: TenantScope,
  now: Date,
  dashboards: DashboardSource,
  schoolIds: readonly string[] | "all" = ctx.scope.schools,
): Promise<AdminOverview> {
  const { tx } = ctx;
  const timeZone = await districtTimeZone(tx, ctx.districtId);
  // From Saturday on, the week that matters is the coming one.
  const comingWeek = startOfLocalWeek(new Date(now.getTime() + 7 * DAY_MS), timeZone);
  const weekend = now.getTime() >= comingWeek.getTime() - 2 * DAY_MS;
  const weekStart = weekend ? comingWeek : startOfLocalWeek(now, timeZone);
  const weekEnd = new Date(weekStart.getTime() + 7 * DAY_MS);
  const daysAt = walkthroughDaysIn(timeZone);

  const parts =
    schoolIds === "all"
      ? {
          scope: "district" as const,
          ...(await districtParts(ctx, now, dashboards, daysAt)),
        }
      : await schoolsParts(ctx, schoolIds, now, dashboards, daysAt(now)).then((found) => ({
          scope: "school" as const,
          ...found,
          attention: { kind: "named" as const, schools: found.schools },
        }));

  const schools = schoolIds === "all" ? "all" : [...schoolIds];
  const meetings = await firstMeetingsOfWeek(tx, {
    schools,
    weekStart,
    weekEnd,
    now,
    limit: overviewWeekLimit,
  });
  const blocks = await firstBlocksOfSchools(tx, { schools, limit: overviewWeekLimit });

  // The credential queue: the reviewers page's waiting list, narrowed to a principal's teachers.
  const waiting = (await listWaitingSubmissions(tx)).filter(
    (row) => parts.scope === "district" || parts.teacherIds.has(row.personId),
  );
  const waits = waiting.map((row) => waitingDays(row.submittedAt, now));
  const settings = await loadReviewSettings(tx, ctx.districtId);

  return {
    scope: parts.scope,
    weekStart,
    weekEnd,
    attention: parts.attention,
    meetings: {
      total: meetings.total,
      first: meetings.first.map(({ id, title, teamName, startsAt, display }) => ({
        id,
        title,
        teamName,
        startsAt,
        display,
      })),
    },
    blocks: {
      total: blocks.total,
      first: blocks.first.map((block) => ({
        teamId: block.teamId,
        teamName: block.teamName,
        label: describeSpan({
          weekday: block.weekday as Weekday,
          start: block.startMinute,
          end: block.endMinute,
        }),
      })),
    },
    walkthroughs: { weeks: walkthroughCoverageWeeks, ...parts.walkthroughs },
    credentialQueue: {
      waiting: waiting.length,
      oldestDays: waits.length > 0 ? Math.max(...waits) : null,
      limitDays: settings.waitingDays,
      overLimit: waits.filter((days) => days > settings.waitingDays).length,
    },
    figures: parts.figures,
  };
}
