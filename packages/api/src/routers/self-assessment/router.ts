import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { relationToTeacher } from "@throughline/db/queries/observations/observation-visibility";
import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import {
  findStageRef,
  listSelfAssessmentsSharedWithLeader,
  listVisibleSelfAssessments,
  loadStageIndicators,
} from "@throughline/db/queries/self-assessment/self-assessments";
import {
  insertSelfAssessment,
  setSelfAssessmentShared,
} from "@throughline/db/queries/self-assessment/self-assessments-write";
import { localDay } from "@throughline/domain/local-time";
import {
  recordSelfAssessmentInputSchema,
  selfAssessmentStageInputSchema,
  selfAssessmentsOfTeacherInputSchema,
  shareSelfAssessmentInputSchema,
} from "@throughline/domain/self-assessment";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure, createRouter, teacherProcedure } from "../../trpc.ts";
import { stageSelfAssessment } from "./stage-view.ts";

/*
 * Teacher self-assessment. Coaching content: every read goes through the db package's
 * `visibleSelfAssessments` (the coaching rule of observations), so a principal or district
 * admin never receives a rating or a note unless the teacher shared it.
 */

const noSuchStage = () =>
  new TRPCError({ code: "NOT_FOUND", message: "No such stage in your district." });

export const selfAssessmentRouter = createRouter({
  /** The signed-in teacher's self-assessment of one stage, with pre → post per indicator. */
  stage: teacherProcedure.input(selfAssessmentStageInputSchema).query(async ({ ctx, input }) => {
    const view = await stageSelfAssessment(ctx.tx, {
      teacherId: ctx.personId,
      stageId: input.stageId,
    });
    if (!view) throw noSuchStage();
    return view;
  }),

  /** The teacher rates themselves on the stage's indicators, dated today in the district. */
  record: teacherProcedure
    .input(recordSelfAssessmentInputSchema)
    .mutation(async ({ ctx, input }) => {
      const stage = await findStageRef(ctx.tx, input);
      if (!stage) throw noSuchStage();
      const [indicators, levels, timeZone] = await Promise.all([
        loadStageIndicators(ctx.tx, input),
        loadObservationScale(ctx.tx),
        districtTimeZone(ctx.tx, ctx.districtId),
      ]);
      const ofStage = new Set(indicators.map((item) => item.id));
      const ranks = new Set(levels.map((level) => level.rank));
      input.ratings.forEach((rating, index) => {
        if (!ofStage.has(rating.indicatorId)) {
          throw fieldProblem(
            ["ratings", index, "indicatorId"],
            "This indicator is not one of the stage's.",
          );
        }
        if (!ranks.has(rating.levelRank)) {
          throw fieldProblem(
            ["ratings", index, "levelRank"],
            "Choose one of the district's levels.",
          );
        }
      });
      const assessedOn = localDay(new Date(), timeZone);
      const id = await insertSelfAssessment(ctx.tx, {
        districtId: ctx.districtId,
        teacherId: ctx.personId,
        stageId: stage.id,
        moment: input.moment,
        assessedOn,
        ratings: input.ratings,
      });
      return { id, assessedOn };
    }),

  /** Lets the teacher's principal and district admins read this self-assessment, or takes it back. */
  share: teacherProcedure.input(shareSelfAssessmentInputSchema).mutation(async ({ ctx, input }) => {
    const sharedWithLeadersAt = input.shared ? new Date() : null;
    const updated = await setSelfAssessmentShared(ctx.tx, {
      selfAssessmentId: input.selfAssessmentId,
      teacherId: ctx.personId,
      sharedWithLeadersAt,
    });
    if (!updated) {
      throw new TRPCError({
        code: "NOT_FOUND",
        message: "There is no self-assessment of yours with this id.",
      });
    }
    return { sharedWithLeadersAt };
  }),

  /**
   * A teacher's self-assessments as the viewer may see them: in full for the teacher and the
   * coaches who support them; for their principal and district admins only those shared (the
   * rest as the fact that they happened, with no ratings or notes); refused to anyone else.
   */
  forTeacher: authedProcedure
    .input(selfAssessmentsOfTeacherInputSchema)
    .query(async ({ ctx, input }) => {
      const relation = await relationToTeacher(ctx.tx, {
        viewerId: ctx.personId,
        teacherId: input.teacherId,
      });
      if (relation === null || relation === "other") {
        throw new TRPCError({
          code: "FORBIDDEN",
          message: "You can see the self-assessments of teachers you support or lead.",
        });
      }
      const [levels, assessments] = await Promise.all([
        loadObservationScale(ctx.tx),
        listVisibleSelfAssessments(ctx.tx, { viewerId: ctx.personId, teacherId: input.teacherId }),
      ]);
      return { levels, assessments };
    }),

  /** The self-assessments teachers shared with the signed-in principal or district admin. */
  sharedWithMe: authedProcedure.query(async ({ ctx }) => {
    const [levels, assessments] = await Promise.all([
      loadObservationScale(ctx.tx),
      listSelfAssessmentsSharedWithLeader(ctx.tx, { viewerId: ctx.personId }),
    ]);
    return { levels, assessments };
  }),
});
