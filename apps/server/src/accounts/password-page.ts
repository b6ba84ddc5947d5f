import { minPasswordLength } from "@throughline/domain/people-admin";
import { escapeHtml, publicPage } from "../public-page.ts";

/*
 * The password reset pages: public, server-rendered, working without JavaScript, like the
 * invite pages. A person who forgot their password has no session to run an app with.
 */

function field(params: {
  id: string;
  name: string;
  label: string;
  type: "email" | "password";
  autocomplete: string;
  hint: string | null;
  error: string | undefined;
  value?: string;
  autofocus: boolean;
}): string {
  const describedBy = [
    params.hint ? `${params.id}-hint` : null,
    params.error ? `${params.id}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");
  const extra = params.type === "password" ? ` minlength="${minPasswordLength}"` : "";
  return `<div class="field">
<label for="${params.id}">${escapeHtml(params.label)}</label>
${params.hint ? `<p class="hint" id="${params.id}-hint">${escapeHtml(params.hint)}</p>` : ""}
<input id="${params.id}" name="${params.name}" type="${params.type}" autocomplete="${params.autocomplete}" required${extra}${params.value ? ` value="${escapeHtml(params.value)}"` : ""}${describedBy ? ` aria-describedby="${describedBy}"` : ""}${params.error ? ' aria-invalid="true"' : ""}${params.autofocus ? " autofocus" : ""}>
${params.error ? `<p class="error" id="${params.id}-error">${escapeHtml(params.error)}</p>` : ""}
</div>`;
}

export function forgotPasswordPage(view: { email: string; error?: string }): string {
  return publicPage(
    "Forgot your password?",
    `<p>Enter the email address you sign in to Throughline with. We will send you a link to choose a new password.</p>
<form method="post" novalidate>
${field({
  id: "forgot-email",
  name: "email",
  label: "Email",
  type: "email",
  autocomplete: "email",
  hint: null,
  error: view.error,
  value: view.email,
  autofocus: true,
})}
<button type="submit">Send reset link</button>
</form>
<p><a href="/">Back to sign in</a></p>`,
  );
}

/** The one answer to every request, whether or not the address has an account. */
export function resetLinkSentPage(): string {
  return publicPage(
    "Check your email",
    `<p role="status">If an account exists for that address, we've sent a link. It works once, for one hour.</p>
<p>No email after a few minutes? Check your spam folder, or ask your district administrator. If your district signs in with your school account (Google, Microsoft, Clever or ClassLink), use that instead: Throughline does not keep a password for it.</p>
<p><a href="/">Back to sign in</a></p>`,
  );
}

export function resetPasswordPage(view: {
  errors: Partial<Record<"password" | "confirmPassword", string>>;
}): string {
  const confirmFirst = !view.errors.password && Boolean(view.errors.confirmPassword);
  return publicPage(
    "Choose a new password",
    `<p>Setting a new password signs you out on every other device.</p>
<form method="post" novalidate>
${field({
  id: "reset-password",
  name: "password",
  label: "New password",
  type: "password",
  autocomplete: "new-password",
  hint: `At least ${minPasswordLength} characters. A short sentence is easy to remember.`,
  error: view.errors.password,
  autofocus: !confirmFirst,
})}
${field({
  id: "reset-confirmPassword",
  name: "confirmPassword",
  label: "Confirm new password",
  type: "password",
  autocomplete: "new-password",
  hint: null,
  error: view.errors.confirmPassword,
  autofocus: confirmFirst,
})}
<button type="submit">Set new password</button>
</form>`,
  );
}

export function resetLinkExpiredPage(): string {
  return publicPage(
    "This link has expired or was used",
    `<p>Password reset links work once, for one hour.</p>
<p><a href="/password/forgot">Ask for a new link</a> or <a href="/">sign in</a>.</p>`,
  );
}

export function passwordChangedPage(): string {
  return publicPage(
    "Your new password is set",
    `<p role="status">You were signed out on every other device. Sign in with your new password.</p>
<p><a href="/">Sign in to Throughline</a></p>`,
  );
}
