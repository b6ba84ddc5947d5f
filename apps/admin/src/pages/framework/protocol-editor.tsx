import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { moveOne } from "@throughline/domain/rules/reorder";
import { AddButton } from "@throughline/ui/add-button";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { RemoveButton } from "@throughline/ui/remove-button";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import { SaveErrorAlert } from "../../lib/save-error-alert.tsx";
import { LiveRegion, useAnnouncement } from "./live-region.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import type { EditorProtocol } from "./types.ts";

interface StepDraft {
  key: string;
  title: string;
  purpose: string;
  minutes: string;
  prompts: string;
}

let nextKey = 0;
function stepDraft(step?: { title: string; purpose: string; minutes: number; prompts: string[] }) {
  nextKey += 1;
  return {
    key: `step-${nextKey}`,
    title: step?.title ?? "",
    purpose: step?.purpose ?? "",
    minutes: String(step?.minutes ?? 5),
    prompts: step?.prompts.join("\n") ?? "",
  };
}

/** Renames a protocol and edits its timed steps; saved together. */
export function ProtocolEditor(props: { protocol: EditorProtocol; onDone: () => void }) {
  const { protocol, onDone } = props;
  const queryClient = useQueryClient();
  const [message, announce] = useAnnouncement();
  const [name, setName] = useState(protocol.name);
  const [purpose, setPurpose] = useState(protocol.purpose);
  const [steps, setSteps] = useState<StepDraft[]>(() => protocol.steps.map(stepDraft));
  const save = useMutation(
    trpc.frameworkAdmin.updateProtocol.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.frameworkAdmin.protocols.queryFilter());
        onDone();
      },
    }),
  );
  const editStep = (index: number, change: Partial<StepDraft>) => {
    save.reset();
    setSteps(steps.map((old, at) => (at === index ? { ...old, ...change } : old)));
  };
  const submit = () => {
    save.mutate({
      protocolId: protocol.id,
      name,
      purpose,
      steps: steps.map((step) => ({
        title: step.title,
        purpose: step.purpose,
        minutes: Number(step.minutes),
        prompts: step.prompts.split("\n").filter((line) => line.trim() !== ""),
      })),
    });
  };
  const errorOf = (path: string) => fieldError(save.error, path);
  const busy = save.isPending;
  return (
    <FormCard title={<>Edit {protocol.name}</>} onSubmit={submit}>
      <LiveRegion message={message} />
      <FormField
        label="Protocol name"
        value={name}
        disabled={busy}
        error={errorOf("name")}
        onChange={(event) => setName(event.target.value)}
      />
      <TextAreaField
        label="What it is for"
        rows={2}
        value={purpose}
        disabled={busy}
        error={errorOf("purpose")}
        onChange={(event) => setPurpose(event.target.value)}
      />
      <ol className="flex flex-col gap-4">
        {steps.map((step, index) => (
          <li key={step.key} className="flex flex-col gap-3 rounded-md border border-border p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-base font-semibold">Step {index + 1}</h3>
              <div className="flex gap-2">
                <MoveButtons
                  name={`step ${index + 1}`}
                  index={index}
                  count={steps.length}
                  disabled={busy}
                  onMove={(move) => {
                    setSteps(moveOne(steps, index, move));
                    announce(`Step ${index + 1} is now step ${index + move + 1}.`);
                  }}
                />
                <RemoveButton
                  disabled={busy || steps.length <= 1}
                  onClick={() => setSteps(steps.filter((_, at) => at !== index))}
                  what={`step ${index + 1}`}
                />
              </div>
            </div>
            <FormField
              label={`Step ${index + 1} title`}
              value={step.title}
              disabled={busy}
              error={errorOf(`steps.${index}.title`)}
              onChange={(event) => editStep(index, { title: event.target.value })}
            />
            <FormField
              label={`Step ${index + 1} purpose`}
              value={step.purpose}
              disabled={busy}
              error={errorOf(`steps.${index}.purpose`)}
              onChange={(event) => editStep(index, { purpose: event.target.value })}
            />
            <FormField
              label={`Step ${index + 1} minutes`}
              inputMode="numeric"
              className="max-w-xs"
              value={step.minutes}
              disabled={busy}
              error={errorOf(`steps.${index}.minutes`)}
              onChange={(event) => editStep(index, { minutes: event.target.value })}
            />
            <TextAreaField
              label={`Step ${index + 1} prompts, one a line`}
              rows={3}
              value={step.prompts}
              disabled={busy}
              error={errorOf(`steps.${index}.prompts`)}
              onChange={(event) => editStep(index, { prompts: event.target.value })}
            />
          </li>
        ))}
      </ol>
      <FieldMessage id={`${protocol.id}-steps-error`} message={errorOf("steps")} />
      <div className="flex flex-wrap gap-2">
        <AddButton
          disabled={busy || steps.length >= 12}
          onClick={() => setSteps([...steps, stepDraft()])}
        >
          Add a step
        </AddButton>
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : "Save the protocol"}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
      <SaveErrorAlert error={save.error} title="The protocol was not saved" />
    </FormCard>
  );
}
