import type { ChangeEvent } from "react";

/** The keys of a form's draft that hold text, the only ones a text field can edit. */
type TextKey<Draft> = {
  [Key in keyof Draft]-?: Draft[Key] extends string ? Key : never;
}[keyof Draft] &
  string;

/** What a text field (`FormField`, `TextAreaField`, `SelectField`) takes to edit one draft key. */
interface DraftFieldProps {
  value: string;
  disabled: boolean;
  error: string | null | undefined;
  onChange: (
    event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>,
  ) => void;
}

/**
 * Ties the text fields of a form to its draft: `{...field("email")}` gives a field the draft's
 * value, the form's busy state, the server's message for that key and the change that writes the
 * key back, the four props every field of every form otherwise spells out. Where the server names
 * the field differently from the draft, the second argument gives its name:
 * `{...field("workshopMinutes", "workshop.minutes")}`.
 */
export function draftField<Draft>({
  draft,
  disabled,
  errorOf,
  onChange,
}: {
  draft: Draft;
  disabled: boolean;
  errorOf: (key: string) => string | null | undefined;
  onChange: (patch: Partial<Draft>) => void;
}): (key: TextKey<Draft>, errorPath?: string) => DraftFieldProps {
  return (key, errorPath = key) => ({
    // TextKey lets through only keys whose value is text.
    value: draft[key] as string,
    disabled,
    error: errorOf(errorPath),
    onChange: (event) => onChange({ [key]: event.target.value } as Partial<Draft>),
  });
}
