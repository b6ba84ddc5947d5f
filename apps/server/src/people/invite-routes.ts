import type { Auth } from "@throughline/api/auth";
import { hashInviteSecret } from "@throughline/api/invite-token";
import type { Database } from "@throughline/db/client";
import { joinInviteWithSignIn } from "@throughline/db/queries/people/invite-join";
import {
  acceptPersonInvite,
  findOpenInvite,
} from "@throughline/db/queries/people/people-admin-invites";
import { withTenant } from "@throughline/db/tenant";
import { acceptInviteInputSchema, parseInviteToken } from "@throughline/domain/people-admin";
import { Hono } from "hono";
import { inviteJoinedPage, inviteJoinPage } from "./invite-join-page.ts";
import { inviteExpiredPage, inviteFormPage, passwordSetPage } from "./invite-page.ts";

interface InviteRouteDeps {
  db: Database;
  /** Reads the visitor's session: someone already signed in with the invited address joins. */
  auth: Auth;
}

/** Whatever is wrong with a link (unknown, used, replaced, expired) reads the same. */
const NOT_FOUND = 404;

/**
 * `/invite/:token`: where a person invited by an admin sets their password. Public, because the
 * person has no sign-in yet: the token is the key. `GET` shows the form; `POST` (the form)
 * checks the password with the domain schema, then creates the sign-in and uses the link up.
 */
export function inviteRoutes(deps: InviteRouteDeps): Hono {
  const routes = new Hono();

  routes.use(async (c, next) => {
    await next();
    // The token is in the address: keep it out of caches and of other sites' logs.
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
  });

  routes.get("/:token", async (c) => {
    const token = parseInviteToken(c.req.param("token"));
    if (!token) return c.html(inviteExpiredPage(), NOT_FOUND);
    const invite = await withTenant(deps.db, token.districtId, (tx) =>
      findOpenInvite(tx, { tokenHash: hashInviteSecret(token.secret), now: new Date() }),
    );
    if (!invite) return c.html(inviteExpiredPage(), NOT_FOUND);
    const signedIn = await deps.auth.api.getSession({ headers: c.req.raw.headers });
    if (signedIn && signedIn.user.email.toLowerCase() === invite.email.toLowerCase()) {
      return c.html(inviteJoinPage({ ...invite, token: c.req.param("token") }));
    }
    return c.html(inviteFormPage({ ...invite, errors: {} }));
  });

  // Someone signed in with the invited address adds the district to that sign-in.
  routes.post("/:token/join", async (c) => {
    const token = parseInviteToken(c.req.param("token"));
    const signedIn = await deps.auth.api.getSession({ headers: c.req.raw.headers });
    if (!token || !signedIn) return c.html(inviteExpiredPage(), NOT_FOUND);
    const joined = await withTenant(
      deps.db,
      token.districtId,
      (tx) =>
        joinInviteWithSignIn(tx, {
          tokenHash: hashInviteSecret(token.secret),
          userId: signedIn.user.id,
          userEmail: signedIn.user.email,
          now: new Date(),
        }),
      // The sign-in already has a person in this district: nothing was written.
    ).catch(() => ({ ok: false as const }));
    if (!joined.ok) return c.html(inviteExpiredPage(), NOT_FOUND);
    return c.html(inviteJoinedPage(joined.person));
  });

  routes.post("/:token", async (c) => {
    const raw = c.req.param("token");
    const token = parseInviteToken(raw);
    if (!token) return c.html(inviteExpiredPage(), NOT_FOUND);
    const tokenHash = hashInviteSecret(token.secret);
    const body = await c.req.parseBody();
    const parsed = acceptInviteInputSchema.safeParse({
      token: raw,
      password: body.password,
      confirmPassword: body.confirmPassword,
    });

    const outcome = await withTenant(deps.db, token.districtId, async (tx) => {
      const now = new Date();
      if (!parsed.success) {
        const invite = await findOpenInvite(tx, { tokenHash, now });
        return invite ? { kind: "form" as const, invite } : { kind: "expired" as const };
      }
      const accepted = await acceptPersonInvite(tx, {
        tokenHash,
        password: parsed.data.password,
        now,
      });
      // An address that already signs in (in any district) gets no second sign-in, and the
      // same answer as a fresh one: a different page would tell whoever holds the link, perhaps
      // the admin who copied it, that the address is in use elsewhere.
      if (accepted.ok || accepted.problem === "email_in_use") {
        return { kind: "done" as const, person: accepted.person };
      }
      return { kind: "expired" as const };
    });

    if (outcome.kind === "expired") return c.html(inviteExpiredPage(), NOT_FOUND);
    if (outcome.kind === "form") {
      const errors: Partial<Record<"password" | "confirmPassword", string>> = {};
      for (const issue of parsed.error?.issues ?? []) {
        const field = issue.path[0];
        if ((field === "password" || field === "confirmPassword") && !errors[field]) {
          errors[field] = issue.message;
        }
      }
      return c.html(inviteFormPage({ ...outcome.invite, errors }), 400);
    }
    return c.html(passwordSetPage({ email: outcome.person.email, roles: outcome.person.roles }));
  });

  return routes;
}
