import { findCohortRef } from "@throughline/db/queries/cohorts/cohort-admin";
import { findStage } from "@throughline/db/queries/framework/framework";
import {
  type ImpactSelection,
  loadImpactEnrolments,
  loadImpactOptions,
  loadImpactTeachers,
  loadIndicatorNames,
  loadLevelSpans,
} from "@throughline/db/queries/impact/impact-facts";
import {
  loadImpactFeedback,
  loadImpactGoals,
} from "@throughline/db/queries/impact/impact-pulse-goals";
import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import { findSchool } from "@throughline/db/queries/observations/walkthroughs";
import type { ImpactReport, ImpactReportInput } from "@throughline/domain/impact-report";
import { administersSchool } from "@throughline/domain/rules/access-scope";
import {
  activeWindowStart,
  impactBreakdown,
  indicatorChanges,
} from "@throughline/domain/rules/impact-figures";
import { indicatorChangesByGroup } from "@throughline/domain/rules/impact-indicator-groups";
import { feedbackBreakdown, goalsAsOf } from "@throughline/domain/rules/impact-pulse-goals";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../../session.ts";

const refusedSchool = "You can see the impact report of the schools you lead only.";

/**
 * The chosen school, stage and cohort must be of the district (else not found) and, for a
 * principal, of the schools they lead (else forbidden); with none chosen a principal's report
 * covers their own schools.
 */
export async function assertImpactChoicesAllowed(
  ctx: TenantScope,
  input: ImpactReportInput,
): Promise<void> {
  const reach = ctx.scope.schools;
  if (input.schoolId) {
    if (!(await findSchool(ctx.tx, { schoolId: input.schoolId }))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "This school was not found." });
    }
    if (!administersSchool(reach, input.schoolId)) {
      throw new TRPCError({ code: "FORBIDDEN", message: refusedSchool });
    }
  }
  if (input.cohortId) {
    const cohort = await findCohortRef(ctx.tx, { cohortId: input.cohortId });
    if (!cohort) throw new TRPCError({ code: "NOT_FOUND", message: "This cohort was not found." });
    if (!administersSchool(reach, cohort.schoolId)) {
      throw new TRPCError({ code: "FORBIDDEN", message: refusedSchool });
    }
  }
  if (input.stageId && !(await findStage(ctx.tx, { stageId: input.stageId }))) {
    throw new TRPCError({ code: "NOT_FOUND", message: "This stage was not found." });
  }
}

/**
 * The report of the viewer's schools for the chosen period and filters, every figure from the
 * rules of `impact-figures` over the kept summaries. Only counts and means leave here: no
 * teacher's id, name, note or own level, and nothing about fewer than three teachers. The
 * caller checks the viewer's choices first (assertImpactChoicesAllowed).
 */
export async function buildImpactReport(
  ctx: TenantScope,
  input: ImpactReportInput,
): Promise<ImpactReport> {
  const selection: ImpactSelection = {
    schools: ctx.scope.schools,
    schoolId: input.schoolId,
    stageId: input.stageId,
    cohortId: input.cohortId,
    from: input.from,
    to: input.to,
    timeZone: await districtTimeZone(ctx.tx, ctx.districtId),
  };
  // One statement at a time: a tenant transaction is one connection.
  const enrolments = await loadImpactEnrolments(ctx.tx, selection);
  const teachers = await loadImpactTeachers(ctx.tx, selection);
  const observedSpans = await loadLevelSpans(ctx.tx, selection, "observed");
  const selfAssessedSpans = await loadLevelSpans(ctx.tx, selection, "selfAssessed");
  const indicators = await loadIndicatorNames(ctx.tx);
  const options = await loadImpactOptions(ctx.tx, ctx.scope.schools);
  const scale = await loadObservationScale(ctx.tx);
  const feedback = await loadImpactFeedback(ctx.tx, selection);
  const goals = await loadImpactGoals(ctx.tx, {
    schools: ctx.scope.schools,
    schoolId: input.schoolId,
  });
  const activeFrom = activeWindowStart(input.to);
  const { groups, total } = impactBreakdown(enrolments, teachers, input.by, activeFrom);
  return {
    from: input.from,
    to: input.to,
    asOf: null,
    activeFrom,
    by: input.by,
    options,
    scale: scale.map((level) => ({ rank: level.rank, label: level.label })),
    groups,
    total,
    observed: indicatorChanges(observedSpans, indicators),
    selfAssessed: indicatorChanges(selfAssessedSpans, indicators),
    observedByGroup: indicatorChangesByGroup(
      groups,
      enrolments,
      observedSpans,
      indicators,
      input.by,
    ),
    selfAssessedByGroup: indicatorChangesByGroup(
      groups,
      enrolments,
      selfAssessedSpans,
      indicators,
      input.by,
    ),
    feedback: feedbackBreakdown(groups, enrolments, feedback, input.by),
    goals: goalsAsOf(goals, { from: input.from, to: input.to }),
  };
}
