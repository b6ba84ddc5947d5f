import {
  currentRolesOf,
  getPersonDetail,
  listSchoolPeople,
  searchPeople,
} from "@throughline/db/queries/people/people-admin";
import { createPersonInvite } from "@throughline/db/queries/people/people-admin-invites";
import { listAdminSchools } from "@throughline/db/queries/people/people-admin-schools";
import {
  createPerson,
  type PersonWriteResult,
  setPersonActive,
  updatePerson,
} from "@throughline/db/queries/people/people-admin-write";
import {
  createInviteInputSchema,
  createPersonAdminInputSchema,
  inviteLifetimeDays,
  type PersonRole,
  peopleSearchInputSchema,
  personAdminIdInputSchema,
  schoolPeopleInputSchema,
  setPersonActiveInputSchema,
  updatePersonAdminInputSchema,
} from "@throughline/domain/people-admin";
import { mayGrantRole } from "@throughline/domain/rules/access-scope";
import { TRPCError } from "@trpc/server";
import { fieldProblem } from "../../field-problem.ts";
import { inviteUrl, newInviteToken } from "../../invite-token.ts";
import { schoolInScope } from "../../school-scope.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";
import {
  auditInviteCreated,
  auditPersonChanged,
  auditPersonCreated,
  personBefore,
} from "./audit.ts";
import { schoolAndTeamProcedures } from "./schools.ts";
import { requirePerson } from "./scope.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

function refuseTakenEmail(result: PersonWriteResult): string {
  if (!result.ok) throw fieldProblem(["email"], "Someone in the district already has this email");
  return result.personId;
}

const outsideRolesMessage =
  "You can give roles at the schools you lead only; a district admin gives district-wide roles";

/** A principal may not grant a role outside the schools they lead. */
function requireGrantableRoles(ctx: TenantScope, roles: readonly PersonRole[]): void {
  const scope = ctx.scope.schools;
  if (!roles.every((role) => mayGrantRole(scope, role))) {
    throw fieldProblem(["roles"], outsideRolesMessage);
  }
}

/**
 * The roles a person ends up with: the submitted ones the viewer may manage, plus every role the
 * viewer cannot see into (another school's), kept as it was.
 */
async function rolesAfterEdit(
  ctx: TenantScope,
  personId: string,
  submitted: readonly PersonRole[],
): Promise<PersonRole[]> {
  const scope = ctx.scope.schools;
  if (scope === "all") return [...submitted];
  const key = (role: PersonRole) => `${role.role}:${role.schoolId ?? ""}`;
  const kept = (await currentRolesOf(ctx.tx, { personId })).filter(
    (role) => !mayGrantRole(scope, role),
  );
  const keptKeys = new Set(kept.map(key));
  const outside = submitted.filter((role) => !mayGrantRole(scope, role));
  if (outside.some((role) => !keptKeys.has(key(role)))) {
    throw fieldProblem(["roles"], outsideRolesMessage);
  }
  return [...submitted.filter((role) => mayGrantRole(scope, role)), ...kept];
}

async function detailOf(ctx: TenantScope, personId: string) {
  const detail = await getPersonDetail(ctx.tx, {
    personId,
    scope: ctx.scope.schools,
    now: new Date(),
  });
  if (!detail) throw new TRPCError({ code: "NOT_FOUND", message: "No such person." });
  return detail;
}

export const peopleAdminRouter = createRouter({
  /** The schools the viewer manages and whether they manage the whole district. */
  options: adminProcedure.query(async ({ ctx }) => ({
    districtWide: ctx.scope.districtAdmin,
    schools: (await listAdminSchools(ctx.tx, { scope: ctx.scope.schools })).map((school) => ({
      id: school.id,
      name: school.name,
    })),
  })),

  /** People by name or email, school and role; active first; 50 a page with the total. */
  search: adminProcedure
    .input(peopleSearchInputSchema)
    .query(({ ctx, input }) => searchPeople(ctx.tx, { scope: ctx.scope.schools, input })),

  /** One person: roles, teams, whether they can sign in, and an invite that still works. */
  detail: adminProcedure.input(personAdminIdInputSchema).query(async ({ ctx, input }) => {
    await requirePerson(ctx, input.personId);
    return detailOf(ctx, input.personId);
  }),

  /** Active people of a school, to choose team members and facilitators from. */
  schoolPeople: adminProcedure.input(schoolPeopleInputSchema).query(async ({ ctx, input }) => {
    // NOT_FOUND for a school of no district of theirs, FORBIDDEN for one they do not lead.
    await schoolInScope(
      ctx,
      input.schoolId,
      "You can manage the people of the schools you lead only.",
    );
    return listSchoolPeople(ctx.tx, input);
  }),

  /** A new person, without a sign-in until they accept an invite. */
  create: adminProcedure.input(createPersonAdminInputSchema).mutation(async ({ ctx, input }) => {
    requireGrantableRoles(ctx, input.roles);
    const personId = refuseTakenEmail(
      await createPerson(ctx.tx, { districtId: ctx.districtId, input }),
    );
    await auditPersonCreated(ctx, personId);
    return { personId };
  }),

  /** Name, email and roles; the roles given replace the person's roles. */
  update: adminProcedure.input(updatePersonAdminInputSchema).mutation(async ({ ctx, input }) => {
    await requirePerson(ctx, input.personId);
    const roles = await rolesAfterEdit(ctx, input.personId, input.roles);
    const before = await personBefore(ctx, input.personId);
    refuseTakenEmail(
      await updatePerson(ctx.tx, { districtId: ctx.districtId, input: { ...input, roles } }),
    );
    await auditPersonChanged(ctx, input.personId, before);
    return detailOf(ctx, input.personId);
  }),

  /** Deactivates (history stays, sign-in stops at once) or reactivates a person. */
  setActive: adminProcedure.input(setPersonActiveInputSchema).mutation(async ({ ctx, input }) => {
    await requirePerson(ctx, input.personId);
    if (!input.active && input.personId === ctx.personId) {
      throw fieldProblem(["active"], "You cannot deactivate yourself");
    }
    const before = await personBefore(ctx, input.personId);
    await setPersonActive(ctx.tx, input);
    await auditPersonChanged(ctx, input.personId, before);
    return detailOf(ctx, input.personId);
  }),

  /**
   * A one-time link for the person to set their password, valid 7 days; an earlier link stops
   * working. Shown to the admin once: only its hash is kept. A person who already signs in is
   * refused: this is not a password reset.
   */
  invite: adminProcedure.input(createInviteInputSchema).mutation(async ({ ctx, input }) => {
    await requirePerson(ctx, input.personId);
    const person = await detailOf(ctx, input.personId);
    if (person.hasSignIn) {
      throw new TRPCError({ code: "CONFLICT", message: "This person already has a sign-in." });
    }
    if (!person.active) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "Reactivate this person before inviting them.",
      });
    }
    const now = new Date();
    const expiresAt = new Date(now.getTime() + inviteLifetimeDays * DAY_MS);
    const { token, tokenHash } = newInviteToken(ctx.districtId);
    await createPersonInvite(ctx.tx, {
      districtId: ctx.districtId,
      personId: input.personId,
      createdById: ctx.personId,
      tokenHash,
      expiresAt,
      now,
    });
    await auditInviteCreated(ctx, input.personId, expiresAt);
    return { url: inviteUrl(ctx.publicUrl, token), expiresAt };
  }),

  /** Schools and teams live in their own router file; their procedures sit here. */
  ...schoolAndTeamProcedures,
});
