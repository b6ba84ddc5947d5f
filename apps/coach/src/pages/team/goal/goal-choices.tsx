/** A group of checkboxes for choosing ids from a list, as one labelled fieldset. */
export function ChoiceList({
  legend,
  hint,
  options,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  hint: string;
  options: readonly { id: string; label: string }[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error: string | null;
}) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <p className="text-sm text-muted-foreground">{hint}</p>
      <div className="flex max-h-64 flex-col gap-1 overflow-y-auto rounded-md border border-border p-2">
        {options.map((option) => (
          <label key={option.id} className="flex min-h-10 shrink-0 items-center gap-2 py-1 text-sm">
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...chosen, option.id]
                    : chosen.filter((id) => id !== option.id),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      {error ? <p className="text-sm font-medium text-danger">{error}</p> : null}
    </fieldset>
  );
}

/** The planned checkpoint dates, one date field each, added and removed by the facilitator. */
export function CheckpointDates({
  dates,
  onChange,
  errorAt,
}: {
  dates: readonly string[];
  onChange: (dates: string[]) => void;
  errorAt: (path: string) => string | null;
}) {
  const listError = errorAt("goal.checkpointDates");
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">Checkpoints</legend>
      <p className="text-sm text-muted-foreground">
        The dates the team will measure again, after the start and by the target date.
      </p>
      <ol className="flex flex-col gap-2">
        {dates.map((day, index) => {
          const error = errorAt(`goal.checkpointDates.${index}`);
          const inputId = `checkpoint-date-${index}`;
          return (
            // Dates can repeat while being typed, so the position is the key.
            <li key={index} className="flex flex-col gap-1">
              <div className="flex items-center gap-2">
                <label htmlFor={inputId} className="sr-only">
                  Checkpoint {index + 1}
                </label>
                <input
                  id={inputId}
                  type="date"
                  value={day}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  onChange={(event) =>
                    onChange(dates.map((d, i) => (i === index ? event.target.value : d)))
                  }
                  className="h-10 rounded-md border border-input bg-surface px-3 text-base"
                />
                <button
                  type="button"
                  className="min-h-10 rounded-md px-3 text-sm text-primary underline"
                  onClick={() => onChange(dates.filter((_, i) => i !== index))}
                >
                  Remove<span className="sr-only"> checkpoint {index + 1}</span>
                </button>
              </div>
              {error ? (
                <p id={`${inputId}-error`} className="text-sm font-medium text-danger">
                  {error}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="min-h-10 self-start rounded-md border border-border px-3 text-sm"
        onClick={() => onChange([...dates, ""])}
      >
        Add a checkpoint
      </button>
      {listError ? <p className="text-sm font-medium text-danger">{listError}</p> : null}
    </fieldset>
  );
}
