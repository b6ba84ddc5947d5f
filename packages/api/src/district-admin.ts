import { TRPCError } from "@trpc/server";
import { adminProcedure } from "./trpc.ts";

/** District-wide settings are set by district staff, not by a principal of one school. */
export const districtAdminProcedure = adminProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer.roles.some((entry) => entry.role === "district_admin")) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Only district administrators can change this.",
    });
  }
  return next();
});
