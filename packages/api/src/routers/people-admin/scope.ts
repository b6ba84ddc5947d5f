import { personExists, personIsInScope } from "@throughline/db/queries/people/people-admin";
import { TRPCError } from "@trpc/server";
import type { TenantScope } from "../../session.ts";

/*
 * What an admin may manage in people and teams: a district admin the whole district, a
 * principal the schools they lead and the people of those schools (`ctx.scope.schools`, from
 * the access rules in `@throughline/domain/rules/access-scope`).
 */

/** NOT_FOUND outside the district, FORBIDDEN for a person of a school the viewer does not lead. */
export async function requirePerson(ctx: TenantScope, personId: string): Promise<void> {
  if (await personIsInScope(ctx.tx, { personId, scope: ctx.scope.schools })) return;
  if (await personExists(ctx.tx, { personId })) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You can manage the people of the schools you lead only.",
    });
  }
  throw new TRPCError({ code: "NOT_FOUND", message: "No such person." });
}
