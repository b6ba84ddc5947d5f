import { parseEmail } from "@throughline/domain/person";
import { APIError, BASE_ERROR_CODES, type BetterAuthPlugin, generateId } from "better-auth";
import { createAuthEndpoint, formCsrfMiddleware } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { parseUserOutput } from "better-auth/db";
import { z } from "zod";

/*
 * Why these two endpoints are ours. Better Auth 1.7.27 checks the address of `/sign-in/email`
 * and `/request-password-reset` with zod's default `z.email()`, which takes only ASCII before
 * the @: a person the district rosters as `josé.núñez@…` or `δοκιμή@…` (RFC 6531, as school
 * systems hand them out) could never sign in with a password or reset it. No option relaxes
 * that check, a before-hook cannot skip it (it runs inside the handler, after the hooks), and
 * keeping an ASCII stand-in of each address in `user.email` would give every address two
 * spellings to keep in step across sign-in, invitations and single sign-on. So these two
 * endpoints replace Better Auth's under the same paths and names (a plugin's endpoint takes the
 * place of the core one with its key), with the same steps as 1.7.27's handlers, and judge the
 * address by the one email rule, `emailSchema` in `@throughline/domain/person`: what the
 * district may roster is what may sign in, written the same way (trimmed, NFC, lowercase).
 * Rate limits, the origin checks and every plugin's hooks match by path, so they apply as
 * before. `email-address-endpoints.test.ts` fails when Better Auth's version changes, so the
 * copies are compared with the new handlers before an upgrade.
 */

/** The Better Auth release whose handlers these endpoints follow. */
export const FOLLOWS_BETTER_AUTH_VERSION = "1.7.27";

/** The address as stored, or a 400 that says what to type (`INVALID_EMAIL`, as Better Auth). */
function addressOrRefuse(typed: string): string {
  const parsed = parseEmail(typed);
  if ("email" in parsed) return parsed.email;
  throw new APIError("BAD_REQUEST", { code: "INVALID_EMAIL", message: parsed.problem });
}

const signInEmail = createAuthEndpoint(
  "/sign-in/email",
  {
    method: "POST",
    use: [formCsrfMiddleware],
    body: z.object({
      email: z.string(),
      password: z.string(),
      callbackURL: z.string().optional(),
      rememberMe: z.boolean().default(true).optional(),
    }),
    metadata: { allowedMediaTypes: ["application/x-www-form-urlencoded", "application/json"] },
  },
  async (ctx) => {
    const email = addressOrRefuse(ctx.body.email);
    const { password, callbackURL } = ctx.body;
    if (password.length > ctx.context.password.config.maxPasswordLength) {
      throw APIError.from("BAD_REQUEST", BASE_ERROR_CODES.PASSWORD_TOO_LONG);
    }
    const found = await ctx.context.internalAdapter.findUserByEmail(email, {
      includeAccounts: true,
    });
    const credential = found?.accounts.find(
      (account) => account.providerId === "credential" && account.accountId === found.user.id,
    );
    if (!found || !credential?.password) {
      // Hash anyway, so an unknown address takes as long as a wrong password.
      await ctx.context.password.hash(password);
      throw APIError.from("UNAUTHORIZED", BASE_ERROR_CODES.INVALID_EMAIL_OR_PASSWORD);
    }
    if (!(await ctx.context.password.verify({ hash: credential.password, password }))) {
      throw APIError.from("UNAUTHORIZED", BASE_ERROR_CODES.INVALID_EMAIL_OR_PASSWORD);
    }
    // No email verification step: every sign-in is made by the district for its own address.
    const dontRemember = ctx.body.rememberMe === false;
    const session = await ctx.context.internalAdapter.createSession(found.user.id, dontRemember);
    if (!session) throw APIError.from("UNAUTHORIZED", BASE_ERROR_CODES.FAILED_TO_CREATE_SESSION);
    await setSessionCookie(ctx, { session, user: found.user }, dontRemember);
    if (callbackURL) ctx.setHeader("Location", callbackURL);
    return ctx.json({
      redirect: Boolean(callbackURL),
      token: session.token,
      url: callbackURL,
      user: parseUserOutput(ctx.context.options, found.user),
    });
  },
);

const RESET_ANSWER = "If this email exists in our system, check your email for the reset link";

/** Called only by the server's `/password/forgot` page: the path is closed to browsers. */
const requestPasswordReset = createAuthEndpoint(
  "/request-password-reset",
  { method: "POST", body: z.object({ email: z.string() }) },
  async (ctx) => {
    const emailAndPassword = ctx.context.options.emailAndPassword;
    const send = emailAndPassword?.sendResetPassword;
    if (!send) {
      throw new APIError("BAD_REQUEST", {
        code: "RESET_PASSWORD_DISABLED",
        message: "Reset password isn't enabled",
      });
    }
    const email = addressOrRefuse(ctx.body.email);
    const found = await ctx.context.internalAdapter.findUserByEmail(email);
    if (!found) {
      // The same work as for a known address, so the time taken does not tell.
      generateId(24);
      await ctx.context.internalAdapter.findVerificationValue("dummy-verification-token");
      return ctx.json({ status: true, message: RESET_ANSWER });
    }
    const lifetimeSeconds = emailAndPassword.resetPasswordTokenExpiresIn || 3600;
    const token = generateId(24);
    await ctx.context.internalAdapter.createVerificationValue({
      value: found.user.id,
      identifier: `reset-password:${token}`,
      expiresAt: new Date(Date.now() + lifetimeSeconds * 1000),
    });
    const url = `${ctx.context.baseURL}/reset-password/${token}?callbackURL=`;
    await ctx.context.runInBackgroundOrAwait(send({ user: found.user, url, token }, ctx.request));
    return ctx.json({ status: true, message: RESET_ANSWER });
  },
);

/** Password sign-in and reset requests for every address the district may roster. */
export function emailAddressEndpoints() {
  return {
    id: "throughline-email-address-endpoints",
    endpoints: { signInEmail, requestPasswordReset },
  } satisfies BetterAuthPlugin;
}
