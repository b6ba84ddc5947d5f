import type { Role } from "@throughline/domain/enums";
import { minPasswordLength } from "@throughline/domain/people-admin";
import { escapeHtml, publicPage } from "../public-page.ts";

/*
 * The HTML of the invite pages. Plain server-rendered pages: the person has no session yet, and
 * the form must work without JavaScript.
 */

interface InviteFormView {
  districtName: string;
  displayName: string;
  email: string;
  /** Messages by field name, from the domain schema. */
  errors: Partial<Record<"password" | "confirmPassword", string>>;
}

function passwordField(params: {
  name: "password" | "confirmPassword";
  label: string;
  hint: string | null;
  error: string | undefined;
  autofocus: boolean;
}): string {
  const id = `invite-${params.name}`;
  const describedBy = [params.hint ? `${id}-hint` : null, params.error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return `<div class="field">
<label for="${id}">${escapeHtml(params.label)}</label>
${params.hint ? `<p class="hint" id="${id}-hint">${escapeHtml(params.hint)}</p>` : ""}
<input id="${id}" name="${params.name}" type="password" autocomplete="new-password" required minlength="${minPasswordLength}"${describedBy ? ` aria-describedby="${describedBy}"` : ""}${params.error ? ' aria-invalid="true"' : ""}${params.autofocus ? " autofocus" : ""}>
${params.error ? `<p class="error" id="${id}-error">${escapeHtml(params.error)}</p>` : ""}
</div>`;
}

export function inviteFormPage(view: InviteFormView): string {
  const firstError = view.errors.password
    ? "password"
    : view.errors.confirmPassword
      ? "confirm"
      : null;
  return publicPage(
    `Set your password for Throughline, ${view.districtName}`,
    `<p>Welcome, ${escapeHtml(view.displayName)}. Choose a password to sign in with <strong>${escapeHtml(view.email)}</strong>.</p>
<form method="post" novalidate>
<input type="text" name="username" autocomplete="username" value="${escapeHtml(view.email)}" hidden>
${passwordField({
  name: "password",
  label: "Password",
  hint: `At least ${minPasswordLength} characters. A short sentence is easy to remember.`,
  error: view.errors.password,
  autofocus: firstError !== "confirm",
})}
${passwordField({
  name: "confirmPassword",
  label: "Confirm password",
  hint: null,
  error: view.errors.confirmPassword,
  autofocus: firstError === "confirm",
})}
<button type="submit">Set password</button>
</form>`,
  );
}

export function inviteExpiredPage(): string {
  return publicPage(
    "This link has expired or was used",
    `<p>Invite links work once, for 7 days, and a newer link replaces an older one.</p>
<p>Ask your principal or district administrator for a new link. If you already set your password, <a href="/">sign in to Throughline</a>.</p>`,
  );
}

const appsByRole: Record<Role, { path: string; name: string }> = {
  teacher: { path: "/teacher/", name: "My learning (teachers)" },
  coach: { path: "/coach/", name: "Coaching (coaches and facilitators)" },
  principal: { path: "/admin/", name: "Admin (principals and district staff)" },
  district_admin: { path: "/admin/", name: "Admin (principals and district staff)" },
};

/**
 * The answer to a submitted invite form with a good password. It is the same whether a sign-in
 * was made or the address already had one (perhaps in another district): whoever holds the
 * link, which may be the admin who copied it, learns nothing about other districts from it.
 */
export function passwordSetPage(params: { email: string; roles: readonly Role[] }): string {
  const apps = [
    ...new Map(params.roles.map((role) => [appsByRole[role].path, appsByRole[role]])).values(),
  ];
  const links =
    apps.length === 0
      ? `<p><a href="/">Go to Throughline</a></p>`
      : `<ul>${apps.map((app) => `<li><a href="${app.path}">${escapeHtml(app.name)}</a></li>`).join("")}</ul>`;
  return publicPage(
    "Your password is set",
    `<p>Sign in with <strong>${escapeHtml(params.email)}</strong> and your new password.</p>
${links}
<p class="hint">If this address already had a Throughline sign-in, that sign-in is unchanged: use its password, or <a href="/password/forgot">reset it</a>.</p>`,
  );
}
