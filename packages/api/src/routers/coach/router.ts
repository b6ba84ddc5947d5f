import { getCoachHome } from "@throughline/db/queries/home-pages/coach-home";
import { coachProcedure, createRouter } from "../../trpc.ts";

export const coachRouter = createRouter({
  /** The coach's teams and teachers with their stage and progress. */
  home: coachProcedure.query(({ ctx }) => getCoachHome(ctx.tx, { personId: ctx.personId })),
});
