import { AddButton } from "@throughline/ui/add-button";
import { CheckboxField } from "@throughline/ui/checkbox-field";
import { draftField } from "@throughline/ui/draft-field";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormField } from "@throughline/ui/form-field";
import { NumberField } from "@throughline/ui/number-field";
import { RemoveButton } from "@throughline/ui/remove-button";
import { SelectField } from "@throughline/ui/select-field";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { MoveButtons } from "../framework/move-buttons.tsx";
import {
  emptyRequirement,
  type RequirementDraft,
  type RequirementKind,
} from "./credential-draft.ts";

const MOST_REQUIREMENTS = 12;

const kindLabels: Record<RequirementKind, string> = {
  files: "Files (lesson plans, student work, photos)",
  reflection: "Written reflection",
  link: "Link (e.g. a lesson video)",
};

export interface RequirementsEditorProps {
  requirements: RequirementDraft[];
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (requirements: RequirementDraft[]) => void;
}

/** The evidence a teacher must attach, in the order they are asked for it. */
export function RequirementsEditor({
  requirements,
  error,
  disabled,
  onChange,
}: RequirementsEditorProps) {
  const problem = (index: number, field: string) =>
    fieldError(error, `requirements.${index}.${field}`);
  const update = (id: string, change: Partial<RequirementDraft>) =>
    onChange(requirements.map((r) => (r.id === id ? { ...r, ...change } : r)));
  const move = (index: number, step: -1 | 1) => {
    const next = [...requirements];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + step, 0, moved);
    onChange(next);
  };

  return (
    <fieldset className="flex min-w-0 flex-col gap-4">
      <legend className="mb-1 text-base font-semibold text-foreground">
        Evidence requirements
      </legend>
      <FieldMessage id="requirements-error" message={fieldError(error, "requirements")} />
      <ol className="flex flex-col gap-4">
        {requirements.map((requirement, index) => {
          const name = requirement.label || `requirement ${index + 1}`;
          const field = draftField({
            draft: requirement,
            disabled,
            errorOf: (path) => problem(index, path),
            onChange: (change) => update(requirement.id, change),
          });
          return (
            <li key={requirement.id} className="rounded-md border border-border p-4">
              <fieldset className="flex flex-col gap-3">
                <legend className="text-sm font-semibold text-foreground">
                  Requirement {index + 1}
                </legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <FormField label="Name" {...field("label")} />
                  <SelectField
                    label="Kind"
                    value={requirement.kind}
                    disabled={disabled}
                    error={problem(index, "kind")}
                    onChange={(event) =>
                      update(requirement.id, { kind: event.target.value as RequirementKind })
                    }
                  >
                    {Object.entries(kindLabels).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <TextAreaField label="Instructions" rows={2} {...field("instructions")} />
                {requirement.kind === "files" ? (
                  <div className="grid gap-3 sm:grid-cols-2">
                    <NumberField label="Minimum items" min={1} max={10} {...field("minItems")} />
                    <FormField
                      label="Annotation prompt (optional)"
                      hint="Asked of each file, e.g. “What does this sample show?”"
                      value={requirement.annotationPrompt}
                      disabled={disabled}
                      error={problem(index, "annotationPrompt")}
                      onChange={(event) =>
                        update(requirement.id, { annotationPrompt: event.target.value })
                      }
                    />
                  </div>
                ) : null}
                {requirement.kind === "reflection" ? (
                  <NumberField label="Minimum words" min={0} {...field("minWords")} />
                ) : null}
                <CheckboxField
                  label="Optional"
                  checked={requirement.optional}
                  disabled={disabled}
                  onChange={(optional) => update(requirement.id, { optional })}
                />
                <div className="flex flex-wrap items-center gap-2">
                  <MoveButtons
                    name={name}
                    index={index}
                    count={requirements.length}
                    disabled={disabled}
                    onMove={(step) => move(index, step)}
                  />
                  <RemoveButton
                    variant="ghost"
                    disabled={disabled || requirements.length <= 1}
                    onClick={() => onChange(requirements.filter((r) => r.id !== requirement.id))}
                    what={name}
                    labelShown
                  />
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <AddButton
        size="sm"
        className="self-start"
        disabled={disabled || requirements.length >= MOST_REQUIREMENTS}
        onClick={() => onChange([...requirements, emptyRequirement()])}
      >
        Add a requirement
      </AddButton>
    </fieldset>
  );
}
