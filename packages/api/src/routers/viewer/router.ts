import { createRouter, viewerProcedure } from "../../trpc.ts";

export const viewerRouter = createRouter({
  /**
   * Who is signed in, their roles, and which of the three apps they may use: the apps' gates
   * show exactly these decisions, computed by the same access rules the procedures use.
   */
  me: viewerProcedure.query(({ ctx }) => ({ ...ctx.viewer, access: ctx.scope.apps })),
});
