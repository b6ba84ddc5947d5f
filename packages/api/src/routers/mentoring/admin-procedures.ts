import {
  assignmentOptions,
  endAssignment,
  findAssignment,
  insertAssignment,
  menteeCandidate,
  mentorCandidate,
  openAssignmentsAtSchool,
} from "@throughline/db/queries/mentoring/mentor-assignments";
import {
  assignMentorInputSchema,
  endMentorAssignmentInputSchema,
  mentoringSchoolInputSchema,
} from "@throughline/domain/mentoring";
import { assignmentProblem } from "@throughline/domain/mentoring-access";
import { administersAnyOf } from "@throughline/domain/rules/access-scope";
import { TRPCError } from "@trpc/server";
import { auditDifference } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import { schoolInScope } from "../../school-scope.ts";
import { adminProcedure } from "../../trpc.ts";
import { districtToday, withProgress } from "./mentoring-access.ts";

const NOT_YOUR_TEACHER = "You can assign mentors to teachers of the schools you lead only.";

/**
 * A principal (for the schools they lead) or a district admin assigns and ends mentors. They see
 * who mentors whom and how far each mentee is through the checklist; never the conversations.
 */
export const mentoringAdminProcedures = {
  /** One school's mentored teachers with their progress, and whom the form may offer. */
  school: adminProcedure.input(mentoringSchoolInputSchema).query(async ({ ctx, input }) => {
    await schoolInScope(ctx, input.schoolId, "You can see mentoring of the schools you lead only.");
    const [assignments, options, today] = await Promise.all([
      openAssignmentsAtSchool(ctx.tx, input.schoolId),
      assignmentOptions(ctx.tx, input.schoolId),
      districtToday(ctx.tx, ctx.districtId),
    ]);
    const mentored = new Set(assignments.map((assignment) => assignment.mentee.id));
    return {
      today,
      rows: await withProgress(ctx.tx, assignments),
      teachers: options.teachers.filter((teacher) => !mentored.has(teacher.id)),
      mentors: options.mentors,
    };
  }),

  assign: adminProcedure.input(assignMentorInputSchema).mutation(async ({ ctx, input }) => {
    const [mentor, mentee] = await Promise.all([
      mentorCandidate(ctx.tx, input.mentorId),
      menteeCandidate(ctx.tx, input.menteeId),
    ]);
    if (!mentee) throw fieldProblem(["menteeId"], "This teacher was not found", "NOT_FOUND");
    if (!administersAnyOf(ctx.scope.schools, mentee.schoolIds)) {
      throw new TRPCError({ code: "FORBIDDEN", message: NOT_YOUR_TEACHER });
    }
    if (!mentor) throw fieldProblem(["mentorId"], "This mentor was not found", "NOT_FOUND");
    const problem = assignmentProblem(mentor, mentee);
    if (problem) {
      throw fieldProblem(
        [problem.field],
        problem.message,
        problem.field === "menteeId" && mentee.activeMentorId ? "CONFLICT" : "BAD_REQUEST",
      );
    }
    const assignmentId = await insertAssignment(ctx.tx, {
      districtId: ctx.districtId,
      mentorId: input.mentorId,
      menteeId: input.menteeId,
      startedOn: input.startedOn,
      assignedById: ctx.personId,
    });
    const created = await findAssignment(ctx.tx, assignmentId);
    await auditDifference(
      ctx,
      { kind: "person", id: input.menteeId, schoolId: mentee.schoolIds[0] ?? null },
      "mentoring.mentor_assigned",
      null,
      { mentor: created?.mentor.displayName ?? input.mentorId, startedOn: input.startedOn },
    );
    return { assignmentId };
  }),

  end: adminProcedure.input(endMentorAssignmentInputSchema).mutation(async ({ ctx, input }) => {
    const found = await findAssignment(ctx.tx, input.assignmentId);
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "No such mentor assignment." });
    const mentee = await menteeCandidate(ctx.tx, found.mentee.id);
    if (!administersAnyOf(ctx.scope.schools, mentee?.schoolIds ?? [])) {
      throw new TRPCError({ code: "FORBIDDEN", message: NOT_YOUR_TEACHER });
    }
    if (found.endedOn !== null) {
      throw fieldProblem(["assignmentId"], "This assignment has already ended", "CONFLICT");
    }
    if (input.endedOn < found.startedOn) {
      throw fieldProblem(["endedOn"], "The end cannot be before the assignment started");
    }
    await endAssignment(ctx.tx, input);
    await auditDifference(
      ctx,
      { kind: "person", id: found.mentee.id, schoolId: mentee?.schoolIds[0] ?? null },
      "mentoring.ended",
      { mentor: found.mentor.displayName, endedOn: null },
      { mentor: found.mentor.displayName, endedOn: input.endedOn },
    );
    return { assignmentId: found.id };
  }),
};
