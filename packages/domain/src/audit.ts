import { z } from "zod";
import { calendarDateSchema, idSchema } from "./ids.ts";

/*
 * The audit log: who changed what and when, with the fields before and after. Entries are only
 * ever added (the application's database role may not update or delete them). An entry holds
 * the changed fields only, and never a password, a hash, a token or a secret.
 */

/** What happened, as `<subject>.<verb>`; the admin page filters by these. */
export const auditActions = [
  "person.created",
  "person.updated",
  "person.role_changed",
  "person.deactivated",
  "person.reactivated",
  "person.invite_created",
  "person.invitations_emailed",
  "school.created",
  "school.renamed",
  "school.bell_schedule_changed",
  "person.timetable_changed",
  "team.created",
  "team.updated",
  "framework.created",
  "framework.updated",
  "framework.deleted",
  "framework.reordered",
  "cohort.created",
  "cohort.updated",
  "cohort.enrolled",
  "cohort.withdrawn",
  "roster.imported",
  "sso.saved",
  "sso.removed",
  "credential.created",
  "credential.updated",
  "credential.archived",
  "credential.restored",
  "credential.lead_reviewers_changed",
  "badge.revoked",
  "badge.signing_key_rotated",
  "observation.published",
  "settings.reminders_changed",
  "settings.review_changed",
  "settings.district_changed",
  "settings.password_sign_in_changed",
  "external_pd.approved",
  "external_pd.returned",
  "library.published",
  "library.withdrawn",
  "library.imported",
  "library.updated",
  "mentoring.mentor_assigned",
  "mentoring.ended",
  "induction_checklist.item_added",
  "induction_checklist.item_updated",
  "induction_checklist.reordered",
  "induction_checklist.item_retired",
  "induction_checklist.item_restored",
  "partnership.proposed",
  "partnership.accepted",
  "partnership.ended",
  "partner_reviewer.offered",
  "partner_reviewer.withdrawn",
  "partner_reviewer.accepted",
  "partner_reviewer.declined",
] as const;
export const auditActionSchema = z.enum(auditActions, { error: "Choose a kind of change" });
export type AuditAction = z.infer<typeof auditActionSchema>;

/** What an entry is about; with its id it names the changed record. */
const auditSubjectKinds = [
  "person",
  "program",
  "stage",
  "micropd_session",
  "indicator",
  "protocol",
  "cohort",
  "enrolment",
  "roster_import",
  "sso_provider",
  "awarded_badge",
  "observation",
  "district",
  "school_holiday",
  "credential",
  "school",
  "team",
  "external_pd_request",
  "induction_checklist_item",
] as const;
export const auditSubjectKindSchema = z.enum(auditSubjectKinds, {
  error: "Choose a kind of record",
});
export type AuditSubjectKind = z.infer<typeof auditSubjectKindSchema>;

/** A field's value as the log keeps it: plain JSON. */
export type AuditValue = string | number | boolean | null | AuditValue[] | AuditFields;
export interface AuditFields {
  [field: string]: AuditValue;
}

/** One entry as a mutation hands it over; who acted and when is filled in by the recorder. */
export interface AuditEventInput {
  action: AuditAction;
  subjectKind: AuditSubjectKind;
  subjectId: string | null;
  /** The school the change belongs to, so a principal sees it; null for district-wide changes. */
  schoolId?: string | null;
  before?: AuditFields | null;
  after?: AuditFields | null;
}

/**
 * Fields whose values never enter the log, whatever a caller hands over: passwords, hashes,
 * tokens, secrets and keys ("password sign-in" is a setting, not a password).
 */
function isSecretField(field: string): boolean {
  if (/hash|token|secret|private.?key/i.test(field)) return true;
  return /password/i.test(field) && !/password.?sign.?in/i.test(field);
}

/**
 * Only what changed: the fields whose values differ, each side holding its own value. A field
 * named like a secret is dropped. Returns null for both sides when nothing changed.
 */
export function changedFields(
  before: AuditFields,
  after: AuditFields,
): { before: AuditFields; after: AuditFields } | null {
  const changedBefore: AuditFields = {};
  const changedAfter: AuditFields = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (isSecretField(field)) continue;
    const was = before[field] ?? null;
    const now = after[field] ?? null;
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    changedBefore[field] = was;
    changedAfter[field] = now;
  }
  return Object.keys(changedAfter).length === 0
    ? null
    : { before: changedBefore, after: changedAfter };
}

/** Drops secret-looking fields from one side of an entry (a create or a delete). */
export function withoutSecrets(fields: AuditFields | null | undefined): AuditFields | null {
  if (!fields) return null;
  return Object.fromEntries(Object.entries(fields).filter(([field]) => !isSecretField(field)));
}

/** One page of the admin's list. */
export const auditPageSize = 50;

/** Most rows one CSV download holds. */
export const auditCsvMaxRows = 50_000;

/** The admin page's filters; every one optional. Days are the district's calendar days. */
export const auditFilterSchema = z
  .object({
    actorId: idSchema.optional(),
    action: auditActionSchema.optional(),
    subjectKind: auditSubjectKindSchema.optional(),
    subjectId: idSchema.optional(),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    path: ["to"],
    message: "The end date must be on or after the start date",
  });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditListInputSchema = z.object({
  filter: auditFilterSchema,
  page: z
    .number({ error: "Page must be a number" })
    .int("Page must be a whole number")
    .min(1, "Page must be 1 or more")
    .max(10_000, "Page must be 10000 or less")
    .default(1),
});

/** A row of the list and of the CSV. */
export interface AuditEntry {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorLabel: string;
  action: AuditAction;
  subjectKind: AuditSubjectKind;
  subjectId: string | null;
  subjectLabel: string | null;
  schoolId: string | null;
  before: AuditFields | null;
  after: AuditFields | null;
  requestId: string | null;
}

/** How each action reads on the page and in the filter. */
export const auditActionLabels: Record<AuditAction, string> = {
  "person.created": "Person added",
  "person.updated": "Person edited",
  "person.role_changed": "Roles changed",
  "person.deactivated": "Person deactivated",
  "person.reactivated": "Person reactivated",
  "person.invite_created": "Sign-in link made",
  "person.invitations_emailed": "Invitations emailed",
  "school.created": "School added",
  "school.renamed": "School renamed",
  "school.bell_schedule_changed": "Bell schedule changed",
  "person.timetable_changed": "Timetable changed by hand",
  "team.created": "Team created",
  "team.updated": "Team edited",
  "framework.created": "Framework item added",
  "framework.updated": "Framework item edited",
  "framework.deleted": "Framework item deleted",
  "framework.reordered": "Framework reordered",
  "cohort.created": "Cohort created",
  "cohort.updated": "Cohort edited",
  "cohort.enrolled": "Teachers enrolled",
  "cohort.withdrawn": "Enrolment withdrawn",
  "roster.imported": "Roster imported",
  "sso.saved": "Single sign-on saved",
  "sso.removed": "Single sign-on removed",
  "credential.created": "Micro-credential created",
  "credential.updated": "Micro-credential edited",
  "credential.archived": "Micro-credential archived",
  "credential.restored": "Micro-credential restored",
  "credential.lead_reviewers_changed": "Lead reviewers changed",
  "badge.revoked": "Badge revoked",
  "badge.signing_key_rotated": "Badge signing key rotated",
  "observation.published": "Observation published",
  "settings.reminders_changed": "Reminder settings changed",
  "settings.review_changed": "Review settings changed",
  "settings.district_changed": "District settings changed",
  "settings.password_sign_in_changed": "Password sign-in changed",
  "external_pd.approved": "External PD credit approved",
  "external_pd.returned": "External PD credit returned",
  "library.published": "Published to the shared library",
  "library.withdrawn": "Withdrawn from the shared library",
  "library.imported": "Imported from the shared library",
  "library.updated": "Imported copy updated from its source",
  "mentoring.mentor_assigned": "Mentor assigned",
  "mentoring.ended": "Mentoring ended",
  "induction_checklist.item_added": "Induction checklist item added",
  "induction_checklist.item_updated": "Induction checklist item edited",
  "induction_checklist.reordered": "Induction checklist reordered",
  "induction_checklist.item_retired": "Induction checklist item retired",
  "induction_checklist.item_restored": "Induction checklist item restored",
  "partnership.proposed": "Partnership proposed",
  "partnership.accepted": "Partnership accepted",
  "partnership.ended": "Partnership ended",
  "partner_reviewer.offered": "Reviewer offered to a partner district",
  "partner_reviewer.withdrawn": "Reviewer offer withdrawn",
  "partner_reviewer.accepted": "Partner district's reviewer accepted",
  "partner_reviewer.declined": "Partner district's reviewer declined or stopped",
};
