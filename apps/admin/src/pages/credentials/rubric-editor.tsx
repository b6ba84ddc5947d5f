import { AddButton } from "@throughline/ui/add-button";
import type { ApiErrorLike } from "@throughline/ui/field-error";
import { fieldError } from "@throughline/ui/field-error";
import { FieldMessage } from "@throughline/ui/field-message";
import { RemoveButton } from "@throughline/ui/remove-button";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@throughline/ui/table";
import {
  type CredentialDraft,
  type CriterionDraft,
  emptyCriterion,
  type LevelDraft,
  levelKeysOf,
  localId,
} from "./credential-draft.ts";

const MOST_LEVELS = 6;
const MOST_CRITERIA = 12;
// Cells grow with their text (where the browser can), so a descriptor is read whole, not scrolled.
const cellInput =
  "block w-full field-sizing-content rounded-md border border-input bg-surface px-2 py-1.5 text-sm text-foreground aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger";

export interface RubricEditorProps {
  draft: CredentialDraft;
  error: ApiErrorLike | null;
  disabled: boolean;
  onChange: (
    change: Pick<CredentialDraft, "levels" | "criteria"> & { minimumLevel?: string },
  ) => void;
}

/**
 * The rubric as a grid: levels (lowest first) across, criteria down, a descriptor in every
 * cell. Every input is labelled with its criterion and level, so the grid reads well aloud.
 */
export function RubricEditor({ draft, error, disabled, onChange }: RubricEditorProps) {
  const { levels, criteria } = draft;
  const levelKeys = levelKeysOf(draft);
  const problem = (path: string) => fieldError(error, path);

  const setLevel = (id: string, label: string) =>
    onChange({ levels: levels.map((l) => (l.id === id ? { ...l, label } : l)), criteria });
  const addLevel = () => {
    const level: LevelDraft = { id: localId(), key: null, label: "" };
    onChange({
      levels: [...levels, level],
      criteria: criteria.map((c) => ({ ...c, descriptors: { ...c.descriptors, [level.id]: "" } })),
    });
  };
  const removeLevel = (id: string) =>
    onChange({
      levels: levels.filter((l) => l.id !== id),
      criteria,
      ...(draft.minimumLevel === id ? { minimumLevel: "" } : {}),
    });
  const setCriterion = (id: string, change: Partial<CriterionDraft>) =>
    onChange({ levels, criteria: criteria.map((c) => (c.id === id ? { ...c, ...change } : c)) });

  return (
    <fieldset className="flex min-w-0 flex-col gap-3">
      <legend className="mb-1 text-base font-semibold text-foreground">Rubric</legend>
      <p className="text-sm text-muted-foreground">
        Levels run from lowest (left) to highest. Describe what work looks like at every level of
        every criterion.
      </p>
      <Table scrollLabel="Rubric grid">
        <TableHeader>
          <TableRow>
            <TableHead scope="col" className="min-w-56">
              Criterion
            </TableHead>
            {levels.map((level, index) => {
              const message = problem(`rubric.levels.${index}.label`);
              return (
                <TableHead
                  key={level.id}
                  scope="col"
                  className="min-w-52 align-top normal-case tracking-normal whitespace-normal text-foreground"
                >
                  <div className="flex items-start gap-1">
                    <label className="sr-only" htmlFor={`level-${level.id}`}>
                      Level {index + 1} name
                    </label>
                    <input
                      id={`level-${level.id}`}
                      className={cellInput}
                      value={level.label}
                      disabled={disabled}
                      placeholder={`Level ${index + 1}`}
                      aria-invalid={message ? true : undefined}
                      aria-describedby={message ? `level-${level.id}-error` : undefined}
                      onChange={(event) => setLevel(level.id, event.target.value)}
                    />
                    <RemoveButton
                      variant="ghost"
                      disabled={disabled || levels.length <= 2}
                      onClick={() => removeLevel(level.id)}
                      what={`level ${level.label || index + 1}`}
                    />
                  </div>
                  <FieldMessage id={`level-${level.id}-error`} message={message} />
                </TableHead>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody>
          {criteria.map((criterion, row) => {
            const nameMessage = problem(`rubric.criteria.${row}.name`);
            const criterionName = criterion.name || `criterion ${row + 1}`;
            return (
              <TableRow key={criterion.id}>
                <TableHead
                  scope="row"
                  className="align-top font-normal normal-case tracking-normal whitespace-normal text-foreground"
                >
                  <label className="sr-only" htmlFor={`criterion-${criterion.id}`}>
                    Criterion {row + 1} name
                  </label>
                  <textarea
                    id={`criterion-${criterion.id}`}
                    rows={2}
                    className={cellInput}
                    value={criterion.name}
                    disabled={disabled}
                    placeholder={`Criterion ${row + 1}`}
                    aria-invalid={nameMessage ? true : undefined}
                    aria-describedby={nameMessage ? `criterion-${criterion.id}-error` : undefined}
                    onChange={(event) => setCriterion(criterion.id, { name: event.target.value })}
                  />
                  <FieldMessage id={`criterion-${criterion.id}-error`} message={nameMessage} />
                  <RemoveButton
                    variant="ghost"
                    className="mt-1"
                    disabled={disabled || criteria.length <= 1}
                    onClick={() =>
                      onChange({ levels, criteria: criteria.filter((c) => c.id !== criterion.id) })
                    }
                    what={criterionName}
                    labelShown
                  />
                </TableHead>
                {levels.map((level, column) => {
                  const cellId = `cell-${criterion.id}-${level.id}`;
                  const message = problem(
                    `rubric.criteria.${row}.descriptors.${levelKeys[column] ?? ""}`,
                  );
                  return (
                    <TableCell key={level.id} className="align-top">
                      <label className="sr-only" htmlFor={cellId}>
                        {criterionName} at {level.label || `level ${column + 1}`}
                      </label>
                      <textarea
                        id={cellId}
                        rows={3}
                        className={cellInput}
                        value={criterion.descriptors[level.id] ?? ""}
                        disabled={disabled}
                        aria-invalid={message ? true : undefined}
                        aria-describedby={message ? `${cellId}-error` : undefined}
                        onChange={(event) =>
                          setCriterion(criterion.id, {
                            descriptors: {
                              ...criterion.descriptors,
                              [level.id]: event.target.value,
                            },
                          })
                        }
                      />
                      <FieldMessage id={`${cellId}-error`} message={message} />
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <FieldMessage id="rubric-levels-error" message={problem("rubric.levels")} />
      <FieldMessage id="rubric-criteria-error" message={problem("rubric.criteria")} />
      <div className="flex flex-wrap gap-2">
        <AddButton
          size="sm"
          disabled={disabled || criteria.length >= MOST_CRITERIA}
          onClick={() => onChange({ levels, criteria: [...criteria, emptyCriterion(levels)] })}
        >
          Add a criterion
        </AddButton>
        <AddButton size="sm" disabled={disabled || levels.length >= MOST_LEVELS} onClick={addLevel}>
          Add a level
        </AddButton>
      </div>
    </fieldset>
  );
}
