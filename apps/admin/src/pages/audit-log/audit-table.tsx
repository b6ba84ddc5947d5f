import { type AuditEntry, type AuditFields, auditActionLabels } from "@throughline/domain/audit";
import { formatDateTime } from "@throughline/ui/format";
import { Table, TableBody, TableCell, TableColumns, TableRow } from "@throughline/ui/table";
import { fieldLabel, subjectKindLabels, valueText } from "./audit-labels.ts";

/** One side of a change: each field with its value, or a dash when there was none. */
export function Fields({ fields }: { fields: AuditFields | null }) {
  if (!fields || Object.keys(fields).length === 0) return <span>—</span>;
  return (
    <dl className="flex flex-col gap-1">
      {Object.entries(fields).map(([field, value]) => (
        <div key={field}>
          <dt className="inline font-medium">{fieldLabel(field)}: </dt>
          <dd className="inline break-words">{valueText(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Newest first; a record's name (or kind) narrows the list to that record's changes. */
/** The record a change is about, as a button that narrows the list to it when it has an id. */
export function RecordButton({
  entry,
  onShowRecord,
}: {
  entry: AuditEntry;
  onShowRecord: (entry: AuditEntry) => void;
}) {
  const record = entry.subjectLabel ?? subjectKindLabels[entry.subjectKind];
  if (!entry.subjectId) return <>{record}</>;
  return (
    <button
      type="button"
      className="text-left font-medium text-primary underline"
      onClick={() => onShowRecord(entry)}
    >
      {record}
      <span className="sr-only"> (show only this record's changes)</span>
    </button>
  );
}

export function AuditTable({
  entries,
  onShowRecord,
}: {
  entries: readonly AuditEntry[];
  onShowRecord: (entry: AuditEntry) => void;
}) {
  return (
    <Table scrollLabel="Audit log">
      <TableColumns names={["When", "Who", "Change", "Record", "Before", "After"]} />
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell className="min-w-40">{formatDateTime(entry.occurredAt)}</TableCell>
            <TableCell>{entry.actorLabel}</TableCell>
            <TableCell>{auditActionLabels[entry.action] ?? entry.action}</TableCell>
            <TableCell>
              <RecordButton entry={entry} onShowRecord={onShowRecord} />
            </TableCell>
            <TableCell className="min-w-48 text-sm">
              <Fields fields={entry.before} />
            </TableCell>
            <TableCell className="min-w-48 text-sm">
              <Fields fields={entry.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
