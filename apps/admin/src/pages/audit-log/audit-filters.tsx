import { auditActionLabels, auditActions } from "@throughline/domain/audit";
import { Button } from "@throughline/ui/button";
import { FormField } from "@throughline/ui/form-field";
import { SelectField } from "@throughline/ui/select-field";
import type { AuditFilterValues } from "./audit-filter-params.ts";
import { subjectKindLabels } from "./audit-labels.ts";

/** Who, what kind of change, which kind of record and which days; each applies at once. */
export function AuditFilters({
  values,
  actors,
  problems,
  onChange,
}: {
  values: AuditFilterValues;
  actors: readonly { id: string; displayName: string }[];
  problems: Record<string, string>;
  onChange: (values: AuditFilterValues) => void;
}) {
  const set = (field: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [field]: event.target.value });
  const filtered = Object.values(values).some(Boolean);
  return (
    <search aria-label="Filter the audit log">
      <form
        onSubmit={(event) => event.preventDefault()}
        className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start"
      >
        <SelectField label="Who" value={values.actorId} onChange={set("actorId")}>
          <option value="">Anyone</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.displayName}
            </option>
          ))}
        </SelectField>
        <SelectField label="Change" value={values.action} onChange={set("action")}>
          <option value="">Any change</option>
          {auditActions.map((action) => (
            <option key={action} value={action}>
              {auditActionLabels[action]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Record"
          value={values.subjectKind}
          onChange={(event) =>
            onChange({ ...values, subjectKind: event.target.value, subjectId: "" })
          }
        >
          <option value="">Any record</option>
          {Object.entries(subjectKindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </SelectField>
        <FormField
          label="From"
          type="date"
          value={values.from}
          onChange={set("from")}
          error={problems.from ?? null}
        />
        <FormField
          label="To"
          type="date"
          value={values.to}
          onChange={set("to")}
          error={problems.to ?? null}
        />
        {values.subjectId || filtered ? (
          <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-5">
            {values.subjectId ? (
              <p className="text-sm">Showing one record's changes only.</p>
            ) : null}
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                onChange({
                  actorId: "",
                  action: "",
                  subjectKind: "",
                  subjectId: "",
                  from: "",
                  to: "",
                })
              }
            >
              Clear filters
            </Button>
          </div>
        ) : null}
      </form>
    </search>
  );
}
