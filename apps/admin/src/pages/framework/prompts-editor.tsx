import { mostReflectionPrompts } from "@throughline/domain/framework-admin";
import { Button } from "@throughline/ui/button";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { Plus, Trash2 } from "lucide-react";
import { namedFieldError } from "../observation-scale/named-field-error.ts";
import { FieldMessage } from "./field-message.tsx";
import { TextAreaField } from "./text-area-field.tsx";

export interface PromptsEditorProps {
  prompts: string[];
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (prompts: string[]) => void;
}

/** One to five reflection prompts; every session ends in a reflection. */
export function PromptsEditor({ prompts, error, disabled, onChange }: PromptsEditorProps) {
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-sm font-semibold text-foreground">Reflection prompts</legend>
      {prompts.map((prompt, index) => (
        // Prompts are only added at the end or removed; the index is their identity while typed.
        <div key={index} className="flex items-end gap-2">
          <div className="flex-1">
            <TextAreaField
              label={`Prompt ${index + 1}`}
              rows={2}
              value={prompt}
              disabled={disabled}
              error={namedFieldError(error, `reflectionPrompts.${index}`)}
              onChange={(event) =>
                onChange(prompts.map((old, at) => (at === index ? event.target.value : old)))
              }
            />
          </div>
          <Button
            type="button"
            variant="secondary"
            size="sm"
            disabled={disabled || prompts.length <= 1}
            onClick={() => onChange(prompts.filter((_, at) => at !== index))}
          >
            <Trash2 aria-hidden="true" />
            <span className="sr-only">Remove prompt {index + 1}</span>
          </Button>
        </div>
      ))}
      <FieldMessage id="prompts-error" message={namedFieldError(error, "reflectionPrompts")} />
      <Button
        type="button"
        variant="secondary"
        className="self-start"
        disabled={disabled || prompts.length >= mostReflectionPrompts}
        onClick={() => onChange([...prompts, ""])}
      >
        <Plus aria-hidden="true" />
        Add a prompt
      </Button>
    </fieldset>
  );
}
