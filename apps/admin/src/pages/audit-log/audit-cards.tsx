import { type AuditEntry, auditActionLabels } from "@throughline/domain/audit";
import { formatDateTime } from "@throughline/ui/format";
import { Fields, RecordButton } from "./audit-table.tsx";

/** On a phone each change is a card: the six columns do not fit side by side. */
export function AuditCards({
  entries,
  onShowRecord,
}: {
  entries: readonly AuditEntry[];
  onShowRecord: (entry: AuditEntry) => void;
}) {
  return (
    <ul className="flex flex-col gap-3" aria-label="Audit log">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-border bg-surface p-4 text-sm">
          <p className="font-semibold">
            {auditActionLabels[entry.action] ?? entry.action}:{" "}
            <RecordButton entry={entry} onShowRecord={onShowRecord} />
          </p>
          <p className="mt-1 text-muted-foreground">
            {entry.actorLabel}, {formatDateTime(entry.occurredAt)}
          </p>
          <div className="mt-3 grid gap-2">
            <div>
              <p className="font-medium">Before</p>
              <Fields fields={entry.before} />
            </div>
            <div>
              <p className="font-medium">After</p>
              <Fields fields={entry.after} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
