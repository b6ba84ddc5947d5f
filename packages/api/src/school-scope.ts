import { findSchool } from "@throughline/db/queries/observations/walkthroughs";
import { administersSchool } from "@throughline/domain/rules/access-scope";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "./session.ts";

/**
 * The school a principal or district admin asks about, if it is theirs to see: a district
 * admin sees any school of the district, a principal only the schools they lead (the viewer's
 * `scope.schools`). The one school check of the API: NOT_FOUND outside the district, FORBIDDEN
 * for a school of the district the viewer does not administer.
 */
export async function schoolInScope(
  ctx: TenantScope,
  schoolId: string,
  refusal = "You can see walkthroughs of the schools you lead only.",
) {
  const found = await findSchool(ctx.tx, { schoolId });
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: "This school was not found." });
  if (!administersSchool(ctx.scope.schools, schoolId)) {
    throw new TRPCError({ code: "FORBIDDEN", message: refusal });
  }
  return found;
}
