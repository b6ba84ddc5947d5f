import { findSchool } from "@throughline/db/queries/walkthroughs";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../session.ts";

/**
 * The school a principal or district admin asks about, if it is theirs to see: a district
 * admin sees any school of the district, a principal only the schools they lead.
 */
export async function schoolInScope(ctx: TenantScope, schoolId: string) {
  const found = await findSchool(ctx.tx, { schoolId });
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "This school was not found." });
  const districtWide = ctx.viewer.roles.some((entry) => entry.role === "district_admin");
  const leads = ctx.viewer.roles.some(
    (entry) => entry.role === "principal" && entry.schoolId === schoolId,
  );
  if (!districtWide && !leads) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You can see walkthroughs of the schools you lead only.",
    });
  }
  return found;
}
