import type { SsoRefusal } from "@throughline/domain/rules/sso-sign-in";
import { escapeHtml, publicPage } from "../public-page.ts";

/*
 * Where a single sign-on ends when it does not sign anyone in: refused by the district's rule
 * (packages/domain/src/rules/sso-sign-in.ts), or an answer from the identity provider that was
 * not accepted. The page says why in the person's words, from the error code alone: the
 * description in the address is never shown, so nobody can put words on this page with a link.
 */

interface Refusal {
  title: string;
  message: string;
}

/** Every refusal of the district's rule has its own page; the rest are the plugin's codes. */
const refusals: Record<
  SsoRefusal | "sso_provider_unknown" | "account_ownership_conflict" | "access_denied",
  Refusal
> = {
  sso_unknown_person: {
    title: "This email is not in your district",
    message:
      "Your identity provider signed you in, but nobody in your district on Throughline has this email address. Ask your district's Throughline administrator to add you, or check which account you used at your identity provider.",
  },
  sso_person_deactivated: {
    title: "Your account is not active",
    message:
      "Your district has deactivated your Throughline account. If you think that is wrong, ask your district's administrator.",
  },
  sso_email_not_served: {
    title: "This address belongs elsewhere",
    message:
      "Your district's identity provider does not sign in this email address. Sign in with your district email address; if you belong to another district, start again with your address there.",
  },
  sso_ambiguous_person: {
    title: "More than one person has this email",
    message:
      "Several people in your district share this email address, so Throughline cannot tell who you are. Ask your district's administrator to correct it.",
  },
  sso_email_in_use: {
    title: "This address signs in to someone else's account",
    message:
      "Your identity provider vouched for your email address, but on Throughline that address already signs in to another active account: in another district, or another person's in yours. An address signs in to one account only, so nothing was linked. Your district's administrator needs to check the email address on your account and find which account holds it; give them the reference below.",
  },
  sso_sign_in_held: {
    title: "Your address belongs to an earlier, deactivated account",
    message:
      "You have signed in to Throughline with this address before, on an account that has since been deactivated, and that sign-in cannot move to your new account on its own. Nothing was linked. Your district's administrator needs to reactivate your earlier account and deactivate the newer one, so that you sign in to the account that holds your history.",
  },
  account_ownership_conflict: {
    title: "Your identity provider account belongs to another Throughline account",
    message:
      "The account you used at your identity provider has signed in to a different Throughline account before, so it cannot sign in to this one. Nothing was changed. Your district's administrator needs to check which Throughline account is yours; give them the reference below.",
  },
  sso_provider_unknown: {
    title: "Single sign-on is not set up",
    message: "This identity provider is not set up for any district on Throughline.",
  },
  access_denied: {
    title: "Sign-in cancelled",
    message: "The sign-in was cancelled at your identity provider. Nothing was changed.",
  },
};

const unaccepted: Refusal = {
  title: "The sign-in could not be completed",
  message:
    "Your identity provider's answer was not accepted: it had already been used, had expired, was meant for another service, or could not be verified. Start again from the sign-in page; if it keeps happening, tell your district's administrator.",
};

function refusalFor(code: string): Refusal | undefined {
  return Object.hasOwn(refusals, code) ? refusals[code as keyof typeof refusals] : undefined;
}

const apps = new Set(["teacher", "coach", "admin"]);

export function ssoRefusedPage(params: { error: string | undefined; app: string | undefined }) {
  const refusal = (params.error && refusalFor(params.error)) || unaccepted;
  const app = params.app && apps.has(params.app) ? params.app : null;
  const back = app ? `/${app}/` : "/";
  const code = params.error ? `<p class="hint">Reference: ${escapeHtml(params.error)}</p>` : "";
  return {
    status: params.error?.startsWith("sso_") ? (403 as const) : (400 as const),
    html: publicPage(
      refusal.title,
      `<p>${escapeHtml(refusal.message)}</p>
<p>No account was created or changed.</p>
${code}
<p><a href="${back}">Back to sign in</a></p>`,
    ),
  };
}
