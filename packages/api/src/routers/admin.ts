import { getAdminHome } from "@throughline/db/queries/admin-home";
import { adminProcedure, createRouter } from "../trpc.ts";

export const adminRouter = createRouter({
  /** Schools in the viewer's scope with teacher counts per stage. */
  home: adminProcedure.query(({ ctx }) => getAdminHome(ctx.tx, { personId: ctx.personId })),
});
