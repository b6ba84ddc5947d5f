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

const refusals: Record<string, Refusal> = {
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
    title: "This email already has an account",
    message:
      "This email address already signs in to another Throughline account. Ask your district's administrator.",
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

const apps = new Set(["teacher", "coach", "admin"]);

export function ssoRefusedPage(params: { error: string | undefined; app: string | undefined }) {
  const refusal = (params.error && refusals[params.error]) || unaccepted;
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
