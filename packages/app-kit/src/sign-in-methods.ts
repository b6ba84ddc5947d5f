import type { SignInMethod } from "@throughline/domain/sso";
import { loadAuthClient } from "./load-auth-client.ts";

/*
 * The sign-in page's calls for single sign-on, the same for all three apps: how an address
 * continues (password, or the district's identity provider), and starting the identity
 * provider's sign-in. Better Auth's client follows the provider's address by itself.
 */

function isSignInMethod(value: unknown): value is SignInMethod {
  if (typeof value !== "object" || value === null || !("method" in value)) return false;
  return value.method === "password" || value.method === "sso";
}

/** How this address signs in; password when the answer cannot be had. */
export async function lookUpSignInMethod(email: string): Promise<SignInMethod> {
  const authClient = await loadAuthClient();
  const { data } = await authClient.$fetch<unknown>("/sso/sign-in-method", {
    method: "POST",
    body: { email },
  });
  return isSignInMethod(data) ? data : { method: "password" };
}

/**
 * Sends the browser to the district's identity provider; it comes back to the page it left,
 * or to the server's refusal page (which links back to this app). Resolves to a message when
 * the sign-in could not start.
 */
export async function startSingleSignOn(email: string, app: string): Promise<string | null> {
  const authClient = await loadAuthClient();
  const { error } = await authClient.signIn.sso({
    email,
    callbackURL: `${window.location.pathname}${window.location.search}`,
    errorCallbackURL: `/sso/refused?app=${encodeURIComponent(app)}`,
  });
  if (!error) return null;
  if (error.status === 429) return "Too many attempts. Wait a minute, then try again.";
  return "Your district's sign-in could not be reached. Try again in a moment.";
}
