import {
  districtSignIn,
  findInvitees,
  listNotSignedIn,
} from "@throughline/db/queries/people/person-invitations";
import { sendInvitationsInputSchema, sendReminderInputSchema } from "@throughline/domain/account";
import { TRPCError } from "@trpc/server";
import { emailInvitations } from "../../accounts/invitations.ts";
import { audit } from "../../audit.ts";
import type { TenantScope } from "../../session.ts";
import { adminProcedure, createRouter } from "../../trpc.ts";

/** The longest "Not signed in yet" list one page shows; the counts cover everyone. */
const LIST_LIMIT = 500;

async function requirePasswordSignIn(ctx: TenantScope) {
  const signIn = await districtSignIn(ctx.tx, ctx.districtId);
  if (signIn.singleSignOnOnly) {
    throw new TRPCError({
      code: "CONFLICT",
      message:
        "People in this district sign in with single sign-on: they need no invitation, only their school account.",
    });
  }
  return signIn;
}

/**
 * Emails an invitation with a fresh one-time link to each invitee in the viewer's scope (a
 * reminder makes the earlier link stop working), and puts one entry per batch on the audit log,
 * naming who was sent a link (never the link): a bulk invitation of a whole district is one
 * change, not thousands.
 */
async function inviteByEmail(
  ctx: TenantScope & { publicUrl: string },
  personIds: readonly string[] | "everyone_not_invited",
  reminder: boolean,
): Promise<{ sent: number }> {
  const signIn = await requirePasswordSignIn(ctx);
  const invitees = await findInvitees(ctx.tx, { scope: ctx.scope.schools, personIds });
  const sent = await emailInvitations(ctx.tx, {
    districtId: ctx.districtId,
    createdById: ctx.personId,
    invitees,
    publicUrl: ctx.publicUrl.replace(/\/+$/, ""),
    signIn,
    reminder,
    now: new Date(),
  });
  if (invitees.length > 0) {
    await audit(ctx, {
      action: "person.invitations_emailed",
      subjectKind: "district",
      subjectId: ctx.districtId,
      schoolId: null,
      before: null,
      after: { reminder, people: invitees.map((invitee) => invitee.displayName) },
    });
  }
  return { sent };
}

/**
 * Getting people signed in: who has not yet, and invitations by email in bulk (district admins
 * for the district, principals for their schools). A district on single sign-on only needs
 * none, and the list says so.
 */
export const invitationsRouter = createRouter({
  /** Who in scope has no sign-in yet, with when they were invited and reminded. */
  notSignedIn: adminProcedure.query(async ({ ctx }) => {
    const signIn = await districtSignIn(ctx.tx, ctx.districtId);
    const listed = await listNotSignedIn(ctx.tx, {
      scope: ctx.scope.schools,
      limit: LIST_LIMIT,
      now: new Date(),
    });
    return { singleSignOnOnly: signIn.singleSignOnOnly, limit: LIST_LIMIT, ...listed };
  }),

  /** Emails an invitation with a fresh one-time link to each chosen person (or everyone never invited). */
  send: adminProcedure
    .input(sendInvitationsInputSchema)
    .mutation(({ ctx, input }) =>
      inviteByEmail(ctx, input.to === "people" ? input.personIds : "everyone_not_invited", false),
    ),

  /** A reminder with a fresh link (the earlier one stops working) to people who have not signed in. */
  remind: adminProcedure
    .input(sendReminderInputSchema)
    .mutation(({ ctx, input }) => inviteByEmail(ctx, input.personIds, true)),
});
