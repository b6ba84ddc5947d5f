import { checklistOf } from "@throughline/db/queries/mentoring/induction-checklist";
import { openAssignmentOf } from "@throughline/db/queries/mentoring/mentor-assignments";
import { conversationsOfMentee } from "@throughline/db/queries/mentoring/mentoring-conversations";
import { authedProcedure } from "../../trpc.ts";

export const mentoringMenteeProcedures = {
  /**
   * The viewer as a mentee: their current mentor, their checklist and the shared log of every
   * mentoring they had (private notes never come back: the query nulls them for a mentee).
   */
  mine: authedProcedure.query(async ({ ctx }) => {
    const assignment = await openAssignmentOf(ctx.tx, ctx.personId);
    const [checklist, conversations] = await Promise.all([
      assignment
        ? checklistOf(ctx.tx, { menteeId: ctx.personId, startedOn: assignment.startedOn })
        : Promise.resolve([]),
      conversationsOfMentee(ctx.tx, { viewerId: ctx.personId, menteeId: ctx.personId }),
    ]);
    return { assignment, checklist, conversations };
  }),
};
