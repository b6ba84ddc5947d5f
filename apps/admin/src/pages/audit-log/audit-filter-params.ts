import {
  type AuditFilter,
  auditActionSchema,
  auditFilterSchema,
  auditSubjectKindSchema,
} from "@throughline/domain/audit";

/** The filters as the form holds them: every field a string, "" for "any". */
export interface AuditFilterValues {
  actorId: string;
  action: string;
  subjectKind: string;
  subjectId: string;
  from: string;
  to: string;
}

const keys = ["actorId", "action", "subjectKind", "subjectId", "from", "to"] as const;

/** The filters live in the address, so a view can be bookmarked and Back restores it. */
export function valuesFrom(params: URLSearchParams): AuditFilterValues & { page: number } {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    actorId: params.get("actorId") ?? "",
    action: params.get("action") ?? "",
    subjectKind: params.get("subjectKind") ?? "",
    subjectId: params.get("subjectId") ?? "",
    from: params.get("from") ?? "",
    to: params.get("to") ?? "",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function paramsFrom(values: AuditFilterValues, page: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of keys) if (values[key]) params.set(key, values[key]);
  if (page > 1) params.set("page", String(page));
  return params;
}

/**
 * The API's filter, checked with the same schema the server uses; the problems by field, so
 * an end date before the start is said next to the end date before anything is asked.
 */
export function filterFrom(
  values: AuditFilterValues,
): { ok: true; filter: AuditFilter } | { ok: false; problems: Record<string, string> } {
  const action = auditActionSchema.safeParse(values.action);
  const subjectKind = auditSubjectKindSchema.safeParse(values.subjectKind);
  const parsed = auditFilterSchema.safeParse({
    actorId: values.actorId || undefined,
    action: action.success ? action.data : undefined,
    subjectKind: subjectKind.success ? subjectKind.data : undefined,
    subjectId: values.subjectId || undefined,
    from: values.from || undefined,
    to: values.to || undefined,
  });
  if (parsed.success) return { ok: true, filter: parsed.data };
  const problems: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "filter");
    problems[field] ??= issue.message;
  }
  return { ok: false, problems };
}
