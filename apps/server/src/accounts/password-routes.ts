import type { Auth } from "@throughline/api/auth";
import { forgotPasswordInputSchema, resetPasswordInputSchema } from "@throughline/domain/account";
import { isAPIError } from "better-auth/api";
import { Hono } from "hono";
import type { Logger } from "../logger.ts";
import {
  forgotPasswordPage,
  passwordChangedPage,
  resetLinkExpiredPage,
  resetLinkSentPage,
  resetPasswordPage,
} from "./password-page.ts";

interface PasswordRouteDeps {
  auth: Auth;
  logger: Logger;
  /**
   * Every "send me a link" answer takes at least this long, with or without an account behind
   * the address, so the time taken does not tell which it was.
   */
  answerFloorMs?: number;
}

const DEFAULT_ANSWER_FLOOR_MS = 800;
const NOT_FOUND = 404;

/** Whether a reset token still works, without using it up. */
async function tokenIsOpen(auth: Auth, token: string): Promise<boolean> {
  const context = await auth.$context;
  const found = await context.internalAdapter.findVerificationValue(`reset-password:${token}`);
  return Boolean(found && found.expiresAt > new Date());
}

/**
 * `/password/forgot` and `/password/reset/:token`: a person asks for a reset link by email and
 * sets a new password with it. Better Auth makes and checks the token (one hour, single use,
 * stored hashed) and ends every session on reset; the email goes through the outbox.
 */
export function passwordRoutes(deps: PasswordRouteDeps): Hono {
  const routes = new Hono();
  const floor = deps.answerFloorMs ?? DEFAULT_ANSWER_FLOOR_MS;

  routes.use(async (c, next) => {
    await next();
    // A reset token is in the address: keep it out of caches and of other sites' logs.
    c.header("Cache-Control", "no-store");
    c.header("Referrer-Policy", "no-referrer");
  });

  routes.get("/forgot", (c) => c.html(forgotPasswordPage({ email: "" })));

  routes.post("/forgot", async (c) => {
    const body = await c.req.parseBody();
    const typed = typeof body.email === "string" ? body.email : "";
    const parsed = forgotPasswordInputSchema.safeParse({ email: typed });
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? "Enter an email address";
      return c.html(forgotPasswordPage({ email: typed, error: message }), 400);
    }
    const started = Date.now();
    try {
      await deps.auth.api.requestPasswordReset({ body: { email: parsed.data.email } });
    } catch (error) {
      // The answer stays the same; the operator sees what went wrong.
      deps.logger.error({ err: error }, "password reset request failed");
    }
    const left = floor - (Date.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
    return c.html(resetLinkSentPage());
  });

  routes.get("/reset/:token", async (c) => {
    if (!(await tokenIsOpen(deps.auth, c.req.param("token")))) {
      return c.html(resetLinkExpiredPage(), NOT_FOUND);
    }
    return c.html(resetPasswordPage({ errors: {} }));
  });

  routes.post("/reset/:token", async (c) => {
    const token = c.req.param("token");
    const body = await c.req.parseBody();
    const parsed = resetPasswordInputSchema.safeParse({
      password: body.password,
      confirmPassword: body.confirmPassword,
    });
    if (!parsed.success) {
      if (!(await tokenIsOpen(deps.auth, token))) return c.html(resetLinkExpiredPage(), NOT_FOUND);
      const errors: Partial<Record<"password" | "confirmPassword", string>> = {};
      for (const issue of parsed.error.issues) {
        const name = issue.path[0];
        if ((name === "password" || name === "confirmPassword") && !errors[name]) {
          errors[name] = issue.message;
        }
      }
      return c.html(resetPasswordPage({ errors }), 400);
    }
    try {
      await deps.auth.api.resetPassword({ body: { newPassword: parsed.data.password, token } });
    } catch (error) {
      // An unknown, used or expired token: Better Auth refuses it as INVALID_TOKEN.
      if (isAPIError(error)) return c.html(resetLinkExpiredPage(), NOT_FOUND);
      throw error;
    }
    return c.html(passwordChangedPage());
  });

  return routes;
}
