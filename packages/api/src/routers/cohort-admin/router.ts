import {
  findCohortRef,
  getCohortAdminDetail,
  getCohortFormOptions,
  isDistrictCoach,
  listAdminCohorts,
  stageExists,
} from "@throughline/db/queries/cohorts/cohort-admin";
import {
  enrolTeachers,
  findEnrolmentCohort,
  listEnrolCandidates,
  withdrawEnrolment,
} from "@throughline/db/queries/cohorts/cohort-admin-enrol";
import { createCohort, updateCohort } from "@throughline/db/queries/cohorts/cohort-admin-write";
import { findAdminTeamSchool } from "@throughline/db/queries/people/people-admin-teams";
import { cohort, enrolment } from "@throughline/db/schema";
import {
  cohortAdminIdInputSchema,
  createCohortAdminInputSchema,
  enrolCandidatesInputSchema,
  enrolTeachersInputSchema,
  updateCohortAdminInputSchema,
  withdrawEnrolmentInputSchema,
} from "@throughline/domain/cohort-admin";
import { TRPCError } from "@trpc/server";
import { audit } from "../../audit.ts";
import { auditCreated, audited } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { notifyCohortEnrolled } from "../../notifications/cohort-notifications.ts";
import { schoolInScope } from "../../school-scope.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";
import { stageStandings } from "./stage-order.ts";

/** The school, if the viewer may manage its cohorts: NOT_FOUND outside the district, else FORBIDDEN. */
async function requireSchool(ctx: TenantScope, schoolId: string): Promise<void> {
  try {
    await schoolInScope(ctx, schoolId);
  } catch (error) {
    if (error instanceof TRPCError && error.code === "FORBIDDEN") {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You can manage cohorts of the schools you lead only.",
      });
    }
    throw error;
  }
}

/** The cohort, if the viewer may manage it. */
async function requireCohort(ctx: TenantScope, cohortId: string) {
  const found = await findCohortRef(ctx.tx, { cohortId });
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such cohort." });
  await requireSchool(ctx, found.schoolId);
  return found;
}

/** A coach must hold the coach role in the district; no coach at all is allowed. */
async function requireCoach(ctx: TenantScope, coachId: string | null): Promise<void> {
  if (coachId === null) return;
  if (!(await isDistrictCoach(ctx.tx, { personId: coachId }))) {
    throw fieldProblem(["coachId"], "Choose a coach of the district");
  }
}

async function detailOf(ctx: TenantScope, cohortId: string) {
  const detail = await getCohortAdminDetail(ctx.tx, { cohortId });
  if (!detail) throw new TRPCError({ code: "NOT_FOUND", message: "No such cohort." });
  return detail;
}

export const cohortAdminRouter = createRouter({
  /** The cohorts of the schools in the viewer's scope, with their enrolled counts. */
  list: adminProcedure.query(({ ctx }) => listAdminCohorts(ctx.tx, { schools: ctx.scope.schools })),

  /** The schools, stages and coaches the new-cohort form chooses from. */
  formOptions: adminProcedure.query(({ ctx }) =>
    getCohortFormOptions(ctx.tx, { schools: ctx.scope.schools, now: new Date() }),
  ),

  /** One cohort: settings, release dates, enrolled teachers and its school's teams. */
  detail: adminProcedure.input(cohortAdminIdInputSchema).query(async ({ ctx, input }) => {
    await requireCohort(ctx, input.cohortId);
    return detailOf(ctx, input.cohortId);
  }),

  /** Creates a cohort; a dated one gets a release date for each session of its stage. */
  create: adminProcedure.input(createCohortAdminInputSchema).mutation(async ({ ctx, input }) => {
    await requireSchool(ctx, input.schoolId);
    if (!(await stageExists(ctx.tx, { stageId: input.stageId }))) {
      throw fieldProblem(["stageId"], "Choose a stage of the framework");
    }
    await requireCoach(ctx, input.coachId);
    const cohortId = await createCohort(ctx.tx, { districtId: ctx.districtId, input });
    await auditCreated(
      ctx,
      { table: cohort, kind: "cohort", id: cohortId, schoolId: input.schoolId },
      "cohort.created",
    );
    return { cohortId };
  }),

  /** Changes a cohort's coach, pace and workshop. */
  update: adminProcedure.input(updateCohortAdminInputSchema).mutation(async ({ ctx, input }) => {
    const found = await requireCohort(ctx, input.cohortId);
    await requireCoach(ctx, input.coachId);
    await audited(
      ctx,
      { table: cohort, kind: "cohort", id: input.cohortId, schoolId: found.schoolId },
      "cohort.updated",
      () => updateCohort(ctx.tx, { districtId: ctx.districtId, stageId: found.stageId, input }),
    );
    return detailOf(ctx, input.cohortId);
  }),

  /** Teachers of the cohort's school to choose from: by team, the whole school, or by search. */
  candidates: adminProcedure.input(enrolCandidatesInputSchema).query(async ({ ctx, input }) => {
    const found = await requireCohort(ctx, input.cohortId);
    if (input.by === "team" && input.teamId) {
      const teamSchool = await findAdminTeamSchool(ctx.tx, { teamId: input.teamId });
      if (teamSchool !== found.schoolId) {
        throw fieldProblem(["teamId"], "Choose a team of the cohort's school");
      }
    }
    const candidates = await listEnrolCandidates(ctx.tx, {
      cohortId: found.cohortId,
      schoolId: found.schoolId,
      stageId: found.stageId,
      by: input.by,
      teamId: input.teamId ?? null,
      ...(input.query === undefined ? {} : { query: input.query }),
    });
    const standings = await stageStandings(ctx.tx, {
      personIds: candidates.map((candidate) => candidate.personId),
      target: { id: found.stageId, position: found.stagePosition },
      now: new Date(),
    });
    return candidates.map((candidate) => ({
      ...candidate,
      currentStage: standings.get(candidate.personId)?.currentStage ?? null,
      heldBackReason: standings.get(candidate.personId)?.heldBackReason ?? null,
    }));
  }),

  /**
   * Enrols teachers of the cohort's school in bulk and tells each one newly enrolled. Those
   * already in the cohort, or active in another cohort of the stage, are counted and left.
   */
  enrol: adminProcedure.input(enrolTeachersInputSchema).mutation(async ({ ctx, input }) => {
    const found = await requireCohort(ctx, input.cohortId);
    const now = new Date();
    // Stages go in order: whoever has not completed the earlier ones is held back (not
    // enrolled, not told) unless the admin overrode for them, which the enrolment records.
    const standings = await stageStandings(ctx.tx, {
      personIds: input.personIds,
      target: { id: found.stageId, position: found.stagePosition },
      now,
    });
    // An override is recorded only where it overrode something.
    const reasons = new Map(
      input.overrides
        .filter((o) => standings.get(o.personId)?.heldBackReason)
        .map((o) => [o.personId, o.reason]),
    );
    const heldBack = new Map<string, string>();
    for (const id of input.personIds) {
      const reason = standings.get(id)?.heldBackReason;
      if (reason && !reasons.has(id)) heldBack.set(id, reason);
    }
    const outcome = await enrolTeachers(ctx.tx, {
      districtId: ctx.districtId,
      cohortId: found.cohortId,
      schoolId: found.schoolId,
      stageId: found.stageId,
      personIds: input.personIds,
      now,
      heldBack,
      overrides: { byId: ctx.personId, reasons },
    });
    if (outcome.notTeachersHere.length > 0) {
      throw fieldProblem(
        ["personIds"],
        "Choose teachers or staff of the cohort's school, or district staff; someone chosen is neither",
      );
    }
    // One entry per enrolment, naming everyone it enrolled and each stage-order override.
    await audit(ctx, {
      action: "cohort.enrolled",
      subjectKind: "cohort",
      subjectId: found.cohortId,
      schoolId: found.schoolId,
      after: {
        enrolledPersonIds: outcome.newlyEnrolledIds,
        stageOrderOverrides: [...reasons].map(([personId, reason]) => ({ personId, reason })),
      },
    });
    await notifyCohortEnrolled(ctx, {
      teacherIds: outcome.newlyEnrolledIds,
      cohort: { id: found.cohortId, name: found.name },
      stage: { id: found.stageId, position: found.stagePosition, title: found.stageTitle },
    });
    return outcome.result;
  }),

  /** Withdraws a teacher from a cohort; the enrolment and its progress stay. */
  withdraw: adminProcedure.input(withdrawEnrolmentInputSchema).mutation(async ({ ctx, input }) => {
    const found = await findEnrolmentCohort(ctx.tx, { enrolmentId: input.enrolmentId });
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such enrolment." });
    await requireSchool(ctx, found.schoolId);
    await audited(
      ctx,
      { table: enrolment, kind: "enrolment", id: input.enrolmentId, schoolId: found.schoolId },
      "cohort.withdrawn",
      () => withdrawEnrolment(ctx.tx, { enrolmentId: input.enrolmentId }),
    );
    return { enrolmentId: input.enrolmentId, status: "withdrawn" as const };
  }),
});
