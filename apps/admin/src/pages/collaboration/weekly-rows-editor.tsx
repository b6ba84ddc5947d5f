import type { Weekday } from "@throughline/domain/rules/common-time";
import { weekdayNames } from "@throughline/domain/rules/weekly-time";
import { AddButton } from "@throughline/ui/add-button";
import { Input } from "@throughline/ui/input";
import { RemoveButton } from "@throughline/ui/remove-button";

/** One editable row: a weekday, what happens then, and from when to when ("08:15"). */
export interface WeeklyRowDraft {
  key: string;
  weekday: number;
  text: string;
  start: string;
  end: string;
}

interface WeeklyRowsEditorProps {
  rows: readonly WeeklyRowDraft[];
  onChange: (rows: WeeklyRowDraft[]) => void;
  /** The text column's heading: "Period" or "Class". */
  textLabel: string;
  /** The server's message for a field of a row, if any. */
  errorOf: (index: number) => string | null;
}

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Rows of weekday, text, start and end, with add and remove: bell periods or classes. */
export function WeeklyRowsEditor({ rows, onChange, textLabel, errorOf }: WeeklyRowsEditorProps) {
  const update = (index: number, change: Partial<WeeklyRowDraft>) =>
    onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const last = rows[rows.length - 1];

  return (
    <div className="flex flex-col gap-3">
      <ol className="flex flex-col gap-2" aria-label={`${textLabel} rows`}>
        {rows.map((row, index) => {
          const error = errorOf(index);
          const label = `${textLabel} ${index + 1}`;
          return (
            <li key={row.key} className="flex flex-col gap-1">
              <div className="grid grid-cols-[8rem_1fr_9.5rem_9.5rem_auto] items-center gap-2">
                <select
                  aria-label={`${label}: weekday`}
                  value={row.weekday}
                  onChange={(event) => update(index, { weekday: Number(event.target.value) })}
                  className="block h-10 rounded-md border border-input bg-surface px-2 text-sm text-foreground"
                >
                  {weekdays.map((day) => (
                    <option key={day} value={day}>
                      {weekdayNames[day as Weekday]}
                    </option>
                  ))}
                </select>
                <Input
                  aria-label={`${label}: name`}
                  value={row.text}
                  aria-invalid={error ? true : undefined}
                  onChange={(event) => update(index, { text: event.target.value })}
                />
                <Input
                  aria-label={`${label}: start`}
                  type="time"
                  value={row.start}
                  onChange={(event) => update(index, { start: event.target.value })}
                />
                <Input
                  aria-label={`${label}: end`}
                  type="time"
                  value={row.end}
                  onChange={(event) => update(index, { end: event.target.value })}
                />
                <RemoveButton
                  variant="ghost"
                  onClick={() => onChange(rows.filter((_, at) => at !== index))}
                  what={label}
                />
              </div>
              {error ? <p className="text-sm text-danger">{error}</p> : null}
            </li>
          );
        })}
      </ol>
      <div>
        <AddButton
          size="sm"
          onClick={() =>
            onChange([
              ...rows,
              {
                key: crypto.randomUUID(),
                weekday: last?.weekday ?? 1,
                text: "",
                start: last?.end ?? "08:00",
                end: last?.end ?? "08:45",
              },
            ])
          }
        >
          Add a row
        </AddButton>
      </div>
    </div>
  );
}
