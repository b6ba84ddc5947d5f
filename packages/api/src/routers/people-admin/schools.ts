import { peopleOutsideScope } from "@throughline/db/queries/people/people-admin";
import {
  createSchool,
  listAdminSchools,
  renameSchool,
  schoolNameTaken,
} from "@throughline/db/queries/people/people-admin-schools";
import {
  createTeam,
  findAdminTeamSchool,
  listAdminTeams,
  type TeamFields,
  unknownPeople,
  updateTeam,
} from "@throughline/db/queries/people/people-admin-teams";
import { school } from "@throughline/db/schema";
import {
  createSchoolAdminInputSchema,
  createTeamAdminInputSchema,
  renameSchoolInputSchema,
  updateTeamAdminInputSchema,
} from "@throughline/domain/people-admin";
import { administersSchool } from "@throughline/domain/rules/access-scope";
import { TRPCError } from "@trpc/server";
import { auditCreated, audited } from "../../audited.ts";
import { fieldProblem } from "../../field-problem.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, districtAdminProcedure } from "../../trpc.ts";
import { teamChange } from "./audit.ts";

/*
 * Schools and teams in the people section. Schools are created and renamed by district admins
 * (never deleted); teams by whoever leads their school.
 */

async function requireNewSchoolName(
  ctx: TenantScope,
  name: string,
  exceptSchoolId: string | null,
): Promise<void> {
  if (await schoolNameTaken(ctx.tx, { name, exceptSchoolId })) {
    throw fieldProblem(["name"], "The district already has a school with this name");
  }
}

/** The school must be the viewer's; members and facilitator people the viewer may manage. */
async function requireTeamFields(ctx: TenantScope, input: TeamFields): Promise<void> {
  const scope = ctx.scope.schools;
  if (!administersSchool(scope, input.schoolId)) {
    throw fieldProblem(["schoolId"], "Choose one of the schools you lead");
  }
  const check = async (ids: string[], field: string, message: string) => {
    const missing =
      scope === "all"
        ? await unknownPeople(ctx.tx, { personIds: ids })
        : await peopleOutsideScope(ctx.tx, { personIds: ids, scope });
    if (missing.length > 0) throw fieldProblem([field], message);
  };
  await check([...input.memberIds], "memberIds", "Choose members from the school's people");
  if (input.facilitatorId) {
    await check([input.facilitatorId], "facilitatorId", "Choose a facilitator of the district");
  }
}

export const schoolAndTeamProcedures = {
  /** The viewer's schools, with how many people and teams each has. */
  schools: adminProcedure.query(({ ctx }) =>
    listAdminSchools(ctx.tx, { scope: ctx.scope.schools }),
  ),

  createSchool: districtAdminProcedure
    .input(createSchoolAdminInputSchema)
    .mutation(async ({ ctx, input }) => {
      await requireNewSchoolName(ctx, input.name, null);
      const schoolId = await createSchool(ctx.tx, { districtId: ctx.districtId, ...input });
      await auditCreated(
        ctx,
        { table: school, kind: "school", id: schoolId, schoolId },
        "school.created",
      );
      return { schoolId };
    }),

  renameSchool: districtAdminProcedure
    .input(renameSchoolInputSchema)
    .mutation(async ({ ctx, input }) => {
      await requireNewSchoolName(ctx, input.name, input.schoolId);
      const renamed = await audited(
        ctx,
        { table: school, kind: "school", id: input.schoolId, schoolId: input.schoolId },
        "school.renamed",
        () => renameSchool(ctx.tx, input),
      );
      if (!renamed) {
        throw new TRPCError({ code: "NOT_FOUND", message: "No such school." });
      }
      return { schoolId: input.schoolId };
    }),

  /** The teams of the viewer's schools, with facilitator and members. */
  teams: adminProcedure.query(({ ctx }) => listAdminTeams(ctx.tx, { scope: ctx.scope.schools })),

  createTeam: adminProcedure.input(createTeamAdminInputSchema).mutation(async ({ ctx, input }) => {
    await requireTeamFields(ctx, input);
    const recordChange = await teamChange(ctx, null);
    const teamId = await createTeam(ctx.tx, { districtId: ctx.districtId, input });
    await recordChange(teamId);
    return { teamId };
  }),

  /** Changes a team; the members given replace its members. */
  updateTeam: adminProcedure.input(updateTeamAdminInputSchema).mutation(async ({ ctx, input }) => {
    const currentSchool = await findAdminTeamSchool(ctx.tx, { teamId: input.teamId });
    if (!currentSchool) throw new TRPCError({ code: "NOT_FOUND", message: "No such team." });
    if (!administersSchool(ctx.scope.schools, currentSchool)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: "You can manage the teams of the schools you lead only.",
      });
    }
    const { teamId, ...fields } = input;
    await requireTeamFields(ctx, fields);
    const recordChange = await teamChange(ctx, teamId);
    await updateTeam(ctx.tx, { districtId: ctx.districtId, teamId, input: fields });
    await recordChange(teamId);
    return { teamId };
  }),
};
