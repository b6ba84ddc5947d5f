import type { AuditSubjectKind, AuditValue } from "@throughline/domain/audit";

export const subjectKindLabels: Record<AuditSubjectKind, string> = {
  person: "Person",
  program: "Program",
  stage: "Stage",
  micropd_session: "MicroPD session",
  indicator: "Indicator",
  protocol: "Protocol",
  cohort: "Cohort",
  enrolment: "Enrolment",
  roster_import: "Roster import",
  sso_provider: "Single sign-on",
  awarded_badge: "Badge",
  observation: "Observation",
  district: "District settings",
  school_holiday: "School break",
  credential: "Micro-credential",
  school: "School",
  team: "Team",
  external_pd_request: "External PD request",
  induction_checklist_item: "Induction checklist item",
};

/** A field name for people: "password_sign_in" → "password sign in", "displayName" → "display name". */
export function fieldLabel(field: string): string {
  return field
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
}

/** A value as one line of text: lists joined, nothing as "—". */
export function valueText(value: AuditValue | undefined): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(", ") : "none";
  if (typeof value === "object") {
    return Object.entries(value)
      .map(([key, inner]) => `${fieldLabel(key)}: ${valueText(inner)}`)
      .join("; ");
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}
