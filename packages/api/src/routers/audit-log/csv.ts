import { type AuditEntry, type AuditFields, auditActionLabels } from "@throughline/domain/audit";
import { stringifyCsvInTurns } from "../../files/csv-stringify-in-turns.ts";

function fieldsText(fields: AuditFields | null): string {
  return fields ? JSON.stringify(fields) : "";
}

/**
 * The audit log as CSV, newest first, with the same columns the page shows plus the raw ids.
 * Times are ISO 8601 in UTC, so the file sorts and compares the same anywhere; values typed by
 * people are escaped against spreadsheet formulas. Up to 50,000 entries: made a slice per turn,
 * so other requests are answered meanwhile.
 */
export function auditLogCsv(entries: readonly AuditEntry[]): Promise<string> {
  return stringifyCsvInTurns(
    entries,
    (entry) => [
      entry.occurredAt.toISOString(),
      entry.actorLabel,
      entry.actorId ?? "",
      entry.action,
      auditActionLabels[entry.action] ?? entry.action,
      entry.subjectKind,
      entry.subjectId ?? "",
      entry.subjectLabel ?? "",
      entry.schoolId ?? "",
      fieldsText(entry.before),
      fieldsText(entry.after),
      entry.requestId ?? "",
    ],
    {
      header: true,
      columns: [
        "Occurred at (UTC)",
        "Who",
        "Who (id)",
        "Action",
        "Action (described)",
        "Subject kind",
        "Subject id",
        "Subject",
        "School id",
        "Before",
        "After",
        "Request id",
      ],
      escape_formulas: true,
      bom: true,
    },
  );
}
