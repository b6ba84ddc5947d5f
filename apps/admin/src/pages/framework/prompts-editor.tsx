import { AddButton } from "@throughline/ui/add-button";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { RemoveButton } from "@throughline/ui/remove-button";
import { TextAreaField } from "@throughline/ui/text-area-field";
import { useId } from "react";

/** What one list of questions is called and how many it may hold. */
export interface PromptListWords {
  /** The input field the server names in its errors, e.g. "reflectionPrompts". */
  field: string;
  legend: string;
  /** What each item is called, e.g. "Prompt" for "Prompt 1". */
  item: string;
  addLabel: string;
  hint?: string;
  least: number;
  most: number;
}

export interface PromptsEditorProps {
  words: PromptListWords;
  prompts: string[];
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (prompts: string[]) => void;
}

/** A short list of questions (reflection prompts, after-the-lesson questions) to add to or trim. */
export function PromptsEditor({ words, prompts, error, disabled, onChange }: PromptsEditorProps) {
  const hintId = useId();
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={words.hint ? hintId : undefined}>
      <legend className="mb-2 text-sm font-semibold text-foreground">{words.legend}</legend>
      {words.hint ? (
        <p id={hintId} className="-mt-1 text-sm text-muted-foreground">
          {words.hint}
        </p>
      ) : null}
      {prompts.map((prompt, index) => (
        // Prompts are only added at the end or removed; the index is their identity while typed.
        <div key={index} className="flex items-end gap-2">
          <div className="flex-1">
            <TextAreaField
              label={`${words.item} ${index + 1}`}
              rows={2}
              value={prompt}
              disabled={disabled}
              error={fieldError(error, `${words.field}.${index}`)}
              onChange={(event) =>
                onChange(prompts.map((old, at) => (at === index ? event.target.value : old)))
              }
            />
          </div>
          <RemoveButton
            disabled={disabled || prompts.length <= words.least}
            onClick={() => onChange(prompts.filter((_, at) => at !== index))}
            what={`${words.item.toLowerCase()} ${index + 1}`}
          />
        </div>
      ))}
      <FieldMessage id={`${words.field}-error`} message={fieldError(error, words.field)} />
      <AddButton
        className="self-start"
        disabled={disabled || prompts.length >= words.most}
        onClick={() => onChange([...prompts, ""])}
      >
        {words.addLabel}
      </AddButton>
    </fieldset>
  );
}
