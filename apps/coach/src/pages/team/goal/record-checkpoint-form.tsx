import { useMutation, useQueryClient } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import type { TeamGoalUnit } from "@throughline/domain/team-goal-measure";
import { fieldError, formError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { FormAlert } from "@throughline/ui/form-alert";
import { FormField } from "@throughline/ui/form-field";
import { Label } from "@throughline/ui/label";
import { SubmitCancelButtons } from "@throughline/ui/submit-cancel-buttons";
import { useId, useState } from "react";

const unitWords: Record<TeamGoalUnit, string> = {
  percent: "Percent (0–100)",
  score: "Score",
  count: "Number of students",
};

const csvHelp: Record<TeamGoalUnit, string> = {
  percent: "Columns class, students, proficient — one row per class, no student names.",
  count: "Columns class, students, proficient — one row per class, no student names.",
  score: "Columns class, students, average_score — one row per class, no student names.",
};

/**
 * Records the measure at a checkpoint: typed as one number, or read from a CSV of results per
 * class, which the server checks for name-like columns and sums into the measure.
 */
export function RecordCheckpointForm({
  teamId,
  checkpointId,
  unit,
  onDone,
}: {
  teamId: string;
  checkpointId: string;
  unit: TeamGoalUnit;
  onDone: () => void;
}) {
  const id = useId();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<"value" | "csv">("value");
  const [value, setValue] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const record = useMutation(
    trpc.teamGoals.recordCheckpoint.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({
          queryKey: trpc.teamGoals.forTeam.queryKey({ teamId }),
        });
        onDone();
      },
    }),
  );
  const csvError = fieldError(record.error, "measure.csv");
  const general = formError(record.error, ["measure.value", "measure.csv", "note"]);

  return (
    <form
      className="flex flex-col gap-4 rounded-md border border-border p-4"
      onSubmit={async (event) => {
        event.preventDefault();
        if (kind === "value") {
          record.mutate({ checkpointId, note, measure: { kind: "value", value: Number(value) } });
        } else {
          record.mutate({
            checkpointId,
            note,
            measure: { kind: "csv", csv: file ? await file.text() : "" },
          });
        }
      }}
    >
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">How will you record it?</legend>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === "value"}
            onChange={() => setKind("value")}
          />
          Type the measure
        </label>
        <label className="flex min-h-10 items-center gap-2 text-sm">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === "csv"}
            onChange={() => setKind("csv")}
          />
          Upload class results (CSV)
        </label>
      </fieldset>
      {kind === "value" ? (
        <FormField
          label={`Measure: ${unitWords[unit]}`}
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          required
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={fieldError(record.error, "measure.value")}
        />
      ) : (
        <div className="flex flex-col gap-2">
          <Label htmlFor={`${id}-csv`}>Class results file</Label>
          <p id={`${id}-csv-hint`} className="text-sm text-muted-foreground">
            {csvHelp[unit]}
          </p>
          <input
            id={`${id}-csv`}
            type="file"
            accept=".csv,text/csv"
            required
            aria-invalid={csvError ? true : undefined}
            aria-describedby={`${id}-csv-hint${csvError ? ` ${id}-csv-error` : ""}`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
            className="text-sm file:mr-3 file:min-h-10 file:rounded-md file:border file:border-border file:bg-surface file:px-3 file:text-sm file:font-medium"
          />
          <FieldMessage id={`${id}-csv-error`} message={csvError} />
        </div>
      )}
      <FormField
        label="Note (optional)"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError(record.error, "note")}
      />
      <FormAlert message={general} />
      <SubmitCancelButtons
        pending={record.isPending}
        submitLabel="Save measure"
        pendingLabel="Saving…"
        onCancel={onDone}
      />
    </form>
  );
}
