import { districtTimeZone } from "@throughline/db/queries/notifications/notice-facts";
import { relationToTeacher } from "@throughline/db/queries/observations/observation-visibility";
import { loadObservationScale } from "@throughline/db/queries/observations/observations";
import {
  findStageRef,
  listSelfAssessmentsSharedWithLeader,
  listVisibleSelfAssessments,
} from "@throughline/db/queries/self-assessment/self-assessments";
import {
  deleteOwnSelfAssessment,
  insertSelfAssessment,
  lockTeacherStageSelfAssessments,
  replaceSelfAssessmentRatings,
  selfAssessmentMomentsTaken,
  setSelfAssessmentShared,
} from "@throughline/db/queries/self-assessment/self-assessments-write";
import { localDay } from "@throughline/domain/local-time";
import { repeatedMomentProblem } from "@throughline/domain/rules/self-assessment";
import {
  recordSelfAssessmentInputSchema,
  removeSelfAssessmentInputSchema,
  selfAssessmentStageInputSchema,
  selfAssessmentsOfTeacherInputSchema,
  shareSelfAssessmentInputSchema,
  updateSelfAssessmentInputSchema,
} from "@throughline/domain/self-assessment";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { authedProcedure, createRouter, teacherProcedure } from "../../trpc.ts";
import { requireOwnSelfAssessment, requireRatingsOfStage } from "./own-self-assessment.ts";
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

  /**
   * The teacher rates themselves on the stage's indicators, dated today in the district. The
   * start and the end are rated once each (a second is refused on the moment); check-ins any time.
   */
  record: teacherProcedure
    .input(recordSelfAssessmentInputSchema)
    .mutation(async ({ ctx, input }) => {
      const stage = await findStageRef(ctx.tx, input);
      if (!stage) throw noSuchStage();
      const [timeZone] = await Promise.all([
        districtTimeZone(ctx.tx, ctx.districtId),
        requireRatingsOfStage(ctx.tx, input),
      ]);
      const ofTeacher = { teacherId: ctx.personId, stageId: stage.id };
      await lockTeacherStageSelfAssessments(ctx.tx, ofTeacher);
      const repeated = repeatedMomentProblem(
        await selfAssessmentMomentsTaken(ctx.tx, ofTeacher),
        input.moment,
      );
      if (repeated) throw fieldProblem(["moment"], repeated, "CONFLICT");
      const assessedOn = localDay(new Date(), timeZone);
      const id = await insertSelfAssessment(ctx.tx, {
        districtId: ctx.districtId,
        ...ofTeacher,
        moment: input.moment,
        assessedOn,
        ratings: input.ratings,
      });
      return { id, assessedOn };
    }),

  /** The teacher corrects the ratings and notes of their own self-assessment; nobody else may. */
  update: teacherProcedure
    .input(updateSelfAssessmentInputSchema)
    .mutation(async ({ ctx, input }) => {
      const { stageId } = await requireOwnSelfAssessment(ctx.tx, {
        personId: ctx.personId,
        selfAssessmentId: input.selfAssessmentId,
      });
      await requireRatingsOfStage(ctx.tx, { stageId, ratings: input.ratings });
      await replaceSelfAssessmentRatings(ctx.tx, {
        districtId: ctx.districtId,
        selfAssessmentId: input.selfAssessmentId,
        ratings: input.ratings,
      });
      return { updated: true as const };
    }),

  /** The teacher deletes their own self-assessment (the app asks first); nobody else may. */
  remove: teacherProcedure
    .input(removeSelfAssessmentInputSchema)
    .mutation(async ({ ctx, input }) => {
      await requireOwnSelfAssessment(ctx.tx, {
        personId: ctx.personId,
        selfAssessmentId: input.selfAssessmentId,
      });
      await deleteOwnSelfAssessment(ctx.tx, {
        selfAssessmentId: input.selfAssessmentId,
        teacherId: ctx.personId,
      });
      return { deleted: true as const };
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
