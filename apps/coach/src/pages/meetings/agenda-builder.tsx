import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { FieldMessage } from "@throughline/ui/field-message";
import { SelectField } from "@throughline/ui/select-field";
import { useId, useState } from "react";
import { AgendaStepList } from "./agenda-step-list.tsx";
import type { AgendaEntry } from "./schedule-values.ts";
import type { Protocol } from "./types.ts";

let nextKey = 0;
function entryOf(protocol: Protocol, step: Protocol["steps"][number]): AgendaEntry {
  nextKey += 1;
  return {
    key: `${step.id}-${nextKey}`,
    stepId: step.id,
    protocolName: protocol.name,
    title: step.title,
    minutes: step.minutes,
  };
}

/**
 * Builds the agenda from protocols: a whole protocol at once or single steps from any of them,
 * in an order the facilitator can change; the total is weighed against the meeting's length.
 */
export function AgendaBuilder({
  protocols,
  entries,
  onChange,
  meetingMinutes,
  error,
}: {
  protocols: readonly Protocol[];
  entries: readonly AgendaEntry[];
  onChange: (entries: AgendaEntry[]) => void;
  meetingMinutes: number | null;
  error: string | null;
}) {
  const headingId = useId();
  const [protocolId, setProtocolId] = useState(protocols[0]?.id ?? "");
  const [stepId, setStepId] = useState("");
  const total = entries.reduce((sum, entry) => sum + entry.minutes, 0);

  function addProtocol() {
    const protocol = protocols.find((p) => p.id === protocolId);
    if (protocol) onChange([...entries, ...protocol.steps.map((s) => entryOf(protocol, s))]);
  }
  function addStep() {
    for (const protocol of protocols) {
      const step = protocol.steps.find((s) => s.id === stepId);
      if (step) onChange([...entries, entryOf(protocol, step)]);
    }
  }
  function move(index: number, by: -1 | 1) {
    const next = [...entries];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  }

  return (
    <fieldset
      aria-describedby={error ? `${headingId}-error` : undefined}
      className="flex flex-col gap-4"
    >
      <legend id={headingId} className="text-lg font-semibold">
        Agenda
      </legend>
      <AgendaStepList
        entries={entries}
        onMove={move}
        onRemove={(index) => onChange(entries.filter((_, i) => i !== index))}
      />
      <p className="text-sm font-medium" aria-live="polite">
        {entries.length} {entries.length === 1 ? "step" : "steps"}, {total} min
        {meetingMinutes !== null && meetingMinutes > 0
          ? ` of a ${meetingMinutes}-minute meeting`
          : ""}
      </p>
      {meetingMinutes !== null && meetingMinutes > 0 && total > meetingMinutes ? (
        <Alert variant="warning">
          The agenda runs {total - meetingMinutes} min longer than the meeting. Remove a step or
          make the meeting longer.
        </Alert>
      ) : null}
      <FieldMessage id={`${headingId}-error`} message={error} />
      <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
        <SelectField
          label="Protocol"
          value={protocolId}
          onChange={(event) => setProtocolId(event.target.value)}
        >
          {protocols.map((protocol) => (
            <option key={protocol.id} value={protocol.id}>
              {protocol.name} ({protocol.steps.length} steps, {protocol.totalMinutes} min)
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={addProtocol}>
          Add all its steps
        </Button>
      </div>
      <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
        <SelectField
          label="Single step"
          value={stepId}
          onChange={(event) => setStepId(event.target.value)}
        >
          <option value="">Choose a step…</option>
          {protocols.map((protocol) => (
            <optgroup key={protocol.id} label={protocol.name}>
              {protocol.steps.map((step) => (
                <option key={step.id} value={step.id}>
                  {step.title} ({step.minutes} min)
                </option>
              ))}
            </optgroup>
          ))}
        </SelectField>
        <Button variant="secondary" onClick={addStep} disabled={stepId === ""}>
          Add step
        </Button>
      </div>
    </fieldset>
  );
}
