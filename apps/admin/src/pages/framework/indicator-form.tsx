import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Button } from "@throughline/ui/button";
import { fieldError } from "@throughline/ui/field-error";
import { FormCard } from "@throughline/ui/form-card";
import { FormField } from "@throughline/ui/form-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useState } from "react";
import { SaveErrorAlert } from "../../lib/save-error-alert.tsx";
import { ProgramSelect } from "./program-select.tsx";
import type { EditorIndicator } from "./types.ts";

/** `programId` "": the district's own indicator, used by all its programs. */
const empty = { code: "", title: "", description: "", programId: "" };

/** Adds an indicator, or edits the one chosen in the table. */
export function IndicatorForm(props: { indicator: EditorIndicator | null; onDone: () => void }) {
  const { indicator, onDone } = props;
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() =>
    indicator
      ? {
          code: indicator.code,
          title: indicator.title,
          description: indicator.description,
          programId: indicator.programId ?? "",
        }
      : empty,
  );
  const options = {
    onSuccess: async () => {
      setDraft(empty);
      await queryClient.invalidateQueries(trpc.frameworkAdmin.indicators.queryFilter());
      onDone();
    },
  };
  const create = useMutation(trpc.frameworkAdmin.createIndicator.mutationOptions(options));
  const update = useMutation(trpc.frameworkAdmin.updateIndicator.mutationOptions(options));
  const mutation = indicator ? update : create;
  const change = (field: keyof typeof empty, value: string) => {
    mutation.reset();
    setDraft({ ...draft, [field]: value });
  };
  const submit = () => {
    const input = { ...draft, programId: draft.programId === "" ? null : draft.programId };
    if (indicator) update.mutate({ indicatorId: indicator.id, ...input });
    else create.mutate(input);
  };
  const busy = mutation.isPending;
  return (
    <FormCard
      title={indicator ? `Edit indicator ${indicator.code}` : "Add an indicator"}
      onSubmit={submit}
    >
      <FormField
        label="Code"
        hint="Dotted numbering, like 1.2. Each code is used once."
        className="max-w-xs"
        value={draft.code}
        disabled={busy}
        error={fieldError(mutation.error, "code")}
        onChange={(event) => change("code", event.target.value)}
      />
      <FormField
        label="Indicator title"
        value={draft.title}
        disabled={busy}
        error={fieldError(mutation.error, "title")}
        onChange={(event) => change("title", event.target.value)}
      />
      <TextAreaField
        label="What it looks like"
        rows={3}
        value={draft.description}
        disabled={busy}
        error={fieldError(mutation.error, "description")}
        onChange={(event) => change("description", event.target.value)}
      />
      <ProgramSelect
        value={draft.programId}
        disabled={busy}
        error={fieldError(mutation.error, "programId")}
        onChange={(event) => change("programId", event.target.value)}
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {busy ? "Saving…" : indicator ? "Save the indicator" : "Add the indicator"}
        </Button>
        {indicator ? (
          <Button type="button" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
      </div>
      <SaveErrorAlert error={mutation.error} title="The indicator was not saved" />
    </FormCard>
  );
}
