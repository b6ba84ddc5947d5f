import { listPlansOf, loadPlanDetail } from "@throughline/db/queries/action-plans/action-plans";
import { listPlanHistory } from "@throughline/db/queries/action-plans/plan-history";
import { coachesTeacher } from "@throughline/db/queries/action-plans/plan-readers";
import {
  completedSessionsWithReflections,
  findTeacher,
} from "@throughline/db/queries/caseload/coachee";
import { loadEnrolmentProgress } from "@throughline/db/queries/enrolments/stage-progress";
import { planIdInputSchema } from "@throughline/domain/action-plan";
import { personIdInputSchema } from "@throughline/domain/plan-comment";
import { TRPCError } from "@trpc/server";
import { coachProcedure, createRouter } from "../../trpc.ts";
import { requirePlanReader } from "../action-plan/access.ts";

const notYourTeacher = () =>
  new TRPCError({
    code: "FORBIDDEN",
    message: "You can open teachers you coach or whose team you facilitate.",
  });

/** The coach's side of a teacher's path: progress, reflections and action plans. */
export const coachingRouter = createRouter({
  /** One teacher the viewer coaches (cohort) or facilitates (team); FORBIDDEN for anyone else. */
  teacher: coachProcedure.input(personIdInputSchema).query(async ({ ctx, input }) => {
    if (!(await coachesTeacher(ctx.tx, { coachId: ctx.personId, teacherId: input.personId }))) {
      throw notYourTeacher();
    }
    const teacher = await findTeacher(ctx.tx, input);
    if (!teacher) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such teacher." });
    const [enrolments, sessions, plans] = await Promise.all([
      loadEnrolmentProgress(ctx.tx, { personIds: [teacher.id], now: new Date() }),
      completedSessionsWithReflections(ctx.tx, input),
      listPlansOf(ctx.tx, input),
    ]);
    return {
      teacher,
      enrolments: enrolments.map(({ personId: _personId, ...enrolment }) => enrolment),
      sessions,
      plans,
    };
  }),

  /** A coachee's plan with its history. */
  plan: coachProcedure.input(planIdInputSchema).query(async ({ ctx, input }) => {
    const access = await requirePlanReader(ctx.tx, {
      planId: input.planId,
      viewerId: ctx.personId,
    });
    if (access.reader !== "coach") throw notYourTeacher();
    const [plan, history] = await Promise.all([
      loadPlanDetail(ctx.tx, input),
      listPlanHistory(ctx.tx, input),
    ]);
    if (!plan) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such action plan." });
    return { plan, history };
  }),
});
