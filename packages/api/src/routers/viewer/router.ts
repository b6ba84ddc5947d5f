import { createRouter, viewerProcedure } from "../../trpc.ts";

export const viewerRouter = createRouter({
  /**
   * Who is signed in, their roles, which of the three apps they may use and what they administer
   * (`signedInViewerSchema`): the apps' gates and pages show exactly these decisions, computed by
   * the same access rules the procedures use. Answered from the session lookup alone.
   */
  me: viewerProcedure.query(({ ctx }) => ({
    ...ctx.viewer,
    access: ctx.scope.apps,
    administers: { district: ctx.scope.districtAdmin, schools: ctx.scope.schools },
  })),
});
