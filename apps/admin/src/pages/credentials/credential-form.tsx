import type { CredentialDefinitionInput } from "@throughline/domain/credential-admin";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { Card, CardContent } from "@throughline/ui/card";
import { draftField } from "@throughline/ui/draft-field";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FormField } from "@throughline/ui/form-field";
import { NumberField } from "@throughline/ui/number-field";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { type FormEvent, useState } from "react";
import { StageOptions } from "../../lib/stage-options.tsx";
import { IndicatorChecklist } from "../framework/indicator-checklist.tsx";
import { ProgramSelect } from "../framework/program-select.tsx";
import { type CredentialDraft, definitionProblems, inputOf } from "./credential-draft.ts";
import { ImageField } from "./image-field.tsx";
import { PassingRuleFields } from "./passing-rule-fields.tsx";
import { RequirementsEditor } from "./requirements-editor.tsx";
import { RubricEditor } from "./rubric-editor.tsx";
import type { CredentialOptions } from "./types.ts";

export interface CredentialFormProps {
  initial: CredentialDraft;
  options: CredentialOptions;
  credentialId: string | null;
  hasSavedImage: boolean;
  readOnly: boolean;
  pending: boolean;
  error: ApiErrorLike | null;
  submitLabel: string;
  onSubmit: (input: CredentialDefinitionInput) => void;
  onEdit: () => void;
}

/** Every part of a micro-credential's definition, in the order a teacher meets them. */
export function CredentialForm(props: CredentialFormProps) {
  const { options, readOnly, pending } = props;
  const [draft, setDraft] = useState<CredentialDraft>(props.initial);
  const error = definitionProblems(props.error);
  const problem = (path: string) => fieldError(error, path);
  const disabled = readOnly || pending;
  const change = (next: Partial<CredentialDraft>) => {
    props.onEdit();
    setDraft((before) => ({ ...before, ...next }));
  };
  const field = draftField({ draft, disabled, errorOf: problem, onChange: change });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(inputOf(draft));
  };

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-6">
      <Card>
        <CardContent className="flex flex-col gap-4 pt-6">
          <FormField label="Name" {...field("name")} />
          <TextAreaField
            label="Competency statement"
            hint="What an earner can do, e.g. “The educator designs lessons backward from the standard.”"
            rows={3}
            {...field("competency")}
          />
          <FormField label="Key method" {...field("keyMethod")} />
          <TextAreaField
            label="Criteria narrative"
            hint="What earning it takes, in words: shown on the badge."
            rows={3}
            {...field("criteriaNarrative")}
          />
          <ProgramSelect {...field("programId")} />
          <SelectField label="Stage" {...field("stageId")}>
            <option value="">Not tied to a stage</option>
            <StageOptions stages={options.stages} />
          </SelectField>
          <IndicatorChecklist
            indicators={options.indicators}
            chosen={draft.indicatorIds}
            error={error}
            disabled={disabled}
            onChange={(indicatorIds) => change({ indicatorIds })}
          />
        </CardContent>
      </Card>
      <Card>
        <CardContent className="pt-6">
          <RequirementsEditor
            requirements={draft.requirements}
            error={error}
            disabled={disabled}
            onChange={(requirements) => change({ requirements })}
          />
        </CardContent>
      </Card>
      <Card>
        <CardContent className="flex flex-col gap-6 pt-6">
          <RubricEditor draft={draft} error={error} disabled={disabled} onChange={change} />
          <PassingRuleFields draft={draft} error={error} disabled={disabled} onChange={change} />
        </CardContent>
      </Card>
      <Card>
        <CardContent className="grid gap-4 pt-6 sm:grid-cols-2">
          <NumberField
            label="PD hours awarded"
            inputMode="decimal"
            min={0}
            step={0.25}
            {...field("pdHours")}
          />
          <NumberField
            label="Valid for (months, optional)"
            hint="Leave empty for a badge that does not expire."
            min={1}
            {...field("validityMonths")}
          />
          <div className="sm:col-span-2">
            <ImageField
              credentialId={props.credentialId}
              hasSavedImage={props.hasSavedImage}
              image={draft.image}
              error={problem("image") ?? problem("image.contentType")}
              disabled={disabled}
              onChange={(image) => change({ image })}
            />
          </div>
        </CardContent>
      </Card>
      {props.error ? (
        <Alert variant="error" title="The micro-credential was not saved">
          {props.error.data?.fieldErrors
            ? "Check the fields marked below their labels."
            : props.error.message}
        </Alert>
      ) : null}
      {readOnly ? null : (
        <Button type="submit" className="self-start" disabled={pending}>
          {pending ? "Saving…" : props.submitLabel}
        </Button>
      )}
    </form>
  );
}
