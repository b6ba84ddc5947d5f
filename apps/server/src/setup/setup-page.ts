import type { DistrictSetupField } from "@throughline/domain/district-setup";
import { suggestSlug } from "@throughline/domain/district-setup";
import { minPasswordLength } from "@throughline/domain/people-admin";
import { escapeHtml, publicPage } from "../public-page.ts";
import { inlineScript } from "../security/inline-assets.ts";

/*
 * The set-up pages of an empty installation: the form that creates the first district and its
 * first admin, the page after it, and what a used or unneeded link shows.
 */

export interface SetupFormView {
  /** What was typed, kept on a refused form; never the password. */
  values: Partial<Record<Exclude<DistrictSetupField, "password">, string>>;
  errors: Partial<Record<DistrictSetupField, string>>;
}

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

interface FieldSpec {
  name: DistrictSetupField;
  label: string;
  hint?: string;
  error: string | undefined;
  autofocus: boolean;
  /** The control, given its shared attributes (id, name, described-by, invalid, autofocus). */
  control: (attributes: string) => string;
}

function field(spec: FieldSpec): string {
  const id = `setup-${spec.name}`;
  const describedBy = [spec.hint ? `${id}-hint` : null, spec.error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  const attributes = [
    `id="${id}"`,
    `name="${spec.name}"`,
    describedBy ? `aria-describedby="${describedBy}"` : "",
    spec.error ? 'aria-invalid="true"' : "",
    spec.autofocus ? "autofocus" : "",
  ]
    .filter(Boolean)
    .join(" ");
  return `<div class="field">
<label for="${id}">${escapeHtml(spec.label)}</label>
${spec.hint ? `<p class="hint" id="${id}-hint">${escapeHtml(spec.hint)}</p>` : ""}
${spec.control(attributes)}
${spec.error ? `<p class="error" id="${id}-error">${escapeHtml(spec.error)}</p>` : ""}
</div>`;
}

function options(choices: { value: string; label: string }[], selected: string): string {
  return choices
    .map(
      (choice) =>
        `<option value="${escapeHtml(choice.value)}"${choice.value === selected ? " selected" : ""}>${escapeHtml(choice.label)}</option>`,
    )
    .join("");
}

/** The form's fields that keep what was typed on a refused form, in the form's order. */
export const setupTextFields = [
  "districtName",
  "slug",
  "timeZone",
  "schoolYearStartMonth",
  "adminName",
  "adminEmail",
] as const satisfies readonly Exclude<DistrictSetupField, "password">[];

/** Every field in the form's order, the password last. */
const fieldOrder: DistrictSetupField[] = [...setupTextFields, "password"];

export function setupFormPage(view: SetupFormView): string {
  const firstError = fieldOrder.find((name) => view.errors[name]) ?? "districtName";
  /** A required input that shows again what was typed into it. */
  const textInput =
    (name: Exclude<DistrictSetupField, "password">, kind: string) => (attributes: string) =>
      `<input ${attributes} ${kind} required value="${escapeHtml(view.values[name] ?? "")}">`;
  const spec = (name: DistrictSetupField) => ({
    name,
    error: view.errors[name],
    autofocus: name === firstError,
  });
  const zones = Intl.supportedValuesOf("timeZone").map((zone) => ({
    value: zone,
    label: zone.replaceAll("_", " "),
  }));
  const monthChoices = months.map((label, index) => ({ value: String(index + 1), label }));

  return publicPage(
    "Set up Throughline",
    `<p>Create your district and your own district administrator account. You can change the district's settings later in the admin app.</p>
<form method="post" novalidate${Object.keys(view.values).length === 0 ? " data-fresh" : ""}>
<fieldset>
<legend>Your district</legend>
${field({
  ...spec("districtName"),
  label: "District name",
  control: textInput("districtName", 'type="text" autocomplete="organization"'),
})}
${field({
  ...spec("slug"),
  label: "Short name for web addresses",
  hint: "Lowercase letters, numbers and hyphens, like riverside-unified. We suggest one from the name; it appears in badge addresses.",
  control: textInput("slug", 'type="text" autocomplete="off" spellcheck="false"'),
})}
${field({
  ...spec("timeZone"),
  label: "Time zone",
  hint: "Reminders, digests and quiet hours follow your schools' time zone.",
  control: (a) =>
    `<select ${a}>${options(zones, view.values.timeZone ?? "America/Chicago")}</select>`,
})}
${field({
  ...spec("schoolYearStartMonth"),
  label: "The school year starts in",
  control: (a) =>
    `<select ${a}>${options(monthChoices, view.values.schoolYearStartMonth ?? "8")}</select>`,
})}
</fieldset>
<fieldset>
<legend>You, the first district administrator</legend>
${field({
  ...spec("adminName"),
  label: "Your name",
  control: textInput("adminName", 'type="text" autocomplete="name"'),
})}
${field({
  ...spec("adminEmail"),
  label: "Your work email",
  hint: "You sign in with it.",
  control: textInput("adminEmail", 'type="email" autocomplete="username"'),
})}
${field({
  ...spec("password"),
  label: "Password",
  hint: `At least ${minPasswordLength} characters. A short sentence is easy to remember.`,
  control: (a) =>
    `<input ${a} type="password" autocomplete="new-password" required minlength="${minPasswordLength}">`,
})}
</fieldset>
<button type="submit">Set up Throughline</button>
</form>
${slugSuggestionScript}`,
  );
}

/**
 * Fills the short name from the district's name until someone edits it by hand, and starts a
 * fresh form in the browser's time zone. Optional: with
 * no JavaScript the server suggests one from the name when the field is left empty. The rule is
 * the domain's own function, so the page and the server suggest the same slug.
 */
const slugSuggestionScript = inlineScript(`
(() => {
  const suggest = ${suggestSlug.toString()};
  const name = document.getElementById("setup-districtName");
  const slug = document.getElementById("setup-slug");
  if (!name || !slug) return;
  let edited = slug.value !== "" && slug.value !== suggest(name.value);
  slug.addEventListener("input", () => { edited = slug.value !== ""; });
  name.addEventListener("input", () => { if (!edited) slug.value = suggest(name.value); });
  // A fresh form starts in the browser's own time zone.
  const zone = document.getElementById("setup-timeZone");
  const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && document.querySelector("form[data-fresh]")
      && [...zone.options].some((option) => option.value === local)) zone.value = local;
})();
`);

export function setupDonePage(params: { districtName: string; email: string }): string {
  return publicPage(
    "Throughline is set up",
    `<p><strong>${escapeHtml(params.districtName)}</strong> is ready, with the default framework: three stages with their MicroPD sessions, indicators, protocols and an observation scale.</p>
<p>Sign in with <strong>${escapeHtml(params.email)}</strong> and your password. A “Getting started” checklist walks you through adding schools and people.</p>
<p><a href="/admin/">Sign in to the admin app</a></p>`,
  );
}

export function setupLinkExpiredPage(): string {
  return publicPage(
    "This set-up link has expired or was used",
    `<p>A set-up link works once, for 24 hours. Restart the server: while no district exists, it writes a fresh link to its log.</p>`,
  );
}

export function alreadySetUpPage(): string {
  return publicPage(
    "Throughline is already set up",
    `<p>This installation has a district, so there is nothing to set up here.</p>
<p><a href="/admin/">Sign in to the admin app</a>. To add a further district, an operator runs <code>pnpm district:create</code>.</p>`,
  );
}
