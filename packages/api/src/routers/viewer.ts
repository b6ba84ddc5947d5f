import { appAccess } from "@throughline/domain/rules/app-access";
import { authedProcedure, createRouter } from "../trpc.ts";

export const viewerRouter = createRouter({
  /** Who is signed in, their roles, and which of the three apps they may use. */
  me: authedProcedure.query(({ ctx }) => {
    const { viewer } = ctx;
    const who = {
      roles: viewer.roles.map((membership) => membership.role),
      facilitatesTeam: viewer.facilitatesTeam,
    };
    return {
      ...viewer,
      access: {
        teacher: appAccess("teacher", who),
        coach: appAccess("coach", who),
        admin: appAccess("admin", who),
      },
    };
  }),
});
