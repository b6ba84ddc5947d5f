import type { SchoolReach } from "@throughline/domain/rules/access-scope";
import type {
  ImpactFeedbackFact,
  ImpactGoalFact,
} from "@throughline/domain/rules/impact-pulse-goals";
import { type AnyColumn, and, asc, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../client.ts";
import { school, teacherFeedbackDay, teamGoalMeasures } from "../../schema/index.ts";
import { anyId } from "../sql/any-id.ts";
import { tenantJoin } from "../sql/same-district-joins.ts";
import { chosenTeacherDays, type ImpactSelection } from "./impact-facts.ts";

/** Each teacher's session-feedback counts in the period, from `teacher_feedback_day`. */
export async function loadImpactFeedback(
  tx: Transaction,
  selection: ImpactSelection,
): Promise<ImpactFeedbackFact[]> {
  const total = (column: AnyColumn) => sql<number>`sum(${column})`.mapWith(Number);
  return tx
    .select({
      personId: teacherFeedbackDay.personId,
      answered: total(teacherFeedbackDay.answered),
      usefulnessSum: total(teacherFeedbackDay.usefulnessSum),
      useful: total(teacherFeedbackDay.useful),
      willUseAnswered: total(teacherFeedbackDay.willUseAnswered),
      willUseYes: total(teacherFeedbackDay.willUseYes),
      skipped: total(teacherFeedbackDay.skipped),
    })
    .from(teacherFeedbackDay)
    .where(chosenTeacherDays(tx, selection, teacherFeedbackDay))
    .groupBy(teacherFeedbackDay.personId);
}

/** The team goals of the viewer's schools (or the one chosen), from `team_goal_measures`. */
export async function loadImpactGoals(
  tx: Transaction,
  params: { schools: SchoolReach; schoolId?: string | undefined },
): Promise<ImpactGoalFact[]> {
  const rows = await tx
    .select({
      goalId: teamGoalMeasures.goalId,
      teamName: teamGoalMeasures.teamName,
      schoolName: school.name,
      members: teamGoalMeasures.members,
      measure: teamGoalMeasures.measure,
      unit: teamGoalMeasures.unit,
      baselineValue: teamGoalMeasures.baselineValue,
      targetValue: teamGoalMeasures.targetValue,
      startsOn: teamGoalMeasures.startsOn,
      targetOn: teamGoalMeasures.targetOn,
      measures: teamGoalMeasures.measures,
    })
    .from(teamGoalMeasures)
    .innerJoin(school, tenantJoin(school, teamGoalMeasures, teamGoalMeasures.schoolId))
    .where(
      and(
        params.schools === "all" ? undefined : anyId(teamGoalMeasures.schoolId, params.schools),
        params.schoolId ? eq(teamGoalMeasures.schoolId, params.schoolId) : undefined,
      ),
    )
    .orderBy(asc(school.name), asc(teamGoalMeasures.teamName), asc(teamGoalMeasures.targetOn));
  return rows;
}
