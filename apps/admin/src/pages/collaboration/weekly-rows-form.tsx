import { Button } from "@throughline/ui/button";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { useState } from "react";
import { rowError } from "./row-errors.ts";
import { type WeeklyRowDraft, WeeklyRowsEditor } from "./weekly-rows-editor.tsx";

/** The parts of the save mutation the form reads; a TanStack Query mutation fits as is. */
interface WeeklyRowsSave {
  isPending: boolean;
  isSuccess: boolean;
  error: ApiErrorLike | null;
  reset: () => void;
}

interface WeeklyRowsFormProps {
  initial: WeeklyRowDraft[];
  /** The text column's heading: "Period" or "Class". */
  textLabel: string;
  /** The list the server names in its field errors: "periods" or "slots". */
  list: string;
  submitLabel: string;
  /** Read out once the save went through: "Bell schedule saved". */
  savedMessage: string;
  save: WeeklyRowsSave;
  onSave: (rows: readonly WeeklyRowDraft[]) => void;
}

/** A weekly list saved whole (bell periods or a teacher's classes), with the server's messages. */
export function WeeklyRowsForm({
  initial,
  textLabel,
  list,
  submitLabel,
  savedMessage,
  save,
  onSave,
}: WeeklyRowsFormProps) {
  const [rows, setRows] = useState(initial);
  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(rows);
      }}
    >
      <WeeklyRowsEditor
        rows={rows}
        onChange={(next) => {
          save.reset();
          setRows(next);
        }}
        textLabel={textLabel}
        errorOf={(index) => rowError(save.error, list, index)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={save.isPending}>
          {submitLabel}
        </Button>
        {save.isSuccess ? <p role="status">{savedMessage}</p> : null}
        {save.error && !save.error.data?.fieldErrors ? (
          <p role="alert" className="text-sm text-danger">
            {save.error.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
