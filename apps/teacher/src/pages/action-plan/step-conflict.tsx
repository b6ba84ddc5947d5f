import { actionStepStatusLabels } from "@throughline/domain/action-step-labels";
import type { ActionStepStatus } from "@throughline/domain/enums";
import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";

/** The step's fields as the editor holds them: text for every field, "" for none. */
export interface StepValues {
  description: string;
  status: ActionStepStatus;
  dueOn: string;
  evidenceText: string;
  evidenceUrl: string;
  reflection: string;
}

const labels: Record<keyof StepValues, string> = {
  description: "What",
  status: "Status",
  dueOn: "By when",
  evidenceText: "Evidence",
  evidenceUrl: "Evidence link",
  reflection: "Reflection",
};

/**
 * The step was saved from another device since this copy was read: what was saved there is shown
 * next to the teacher's edits (still in the form), and nothing is overwritten until she chooses.
 */
export function StepConflict({
  theirs,
  keepMine,
  useTheirs,
}: {
  theirs: StepValues;
  keepMine: () => void;
  useTheirs: () => void;
}) {
  const keys = Object.keys(labels) as (keyof StepValues)[];
  return (
    <Alert variant="warning" title="Changed on another device">
      <div className="flex flex-col gap-3">
        <p>This step was saved elsewhere after you opened it. Your edits are still in the form.</p>
        <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
          {keys.map((key) => (
            <div key={key} className="contents">
              <dt className="font-medium">{labels[key]}</dt>
              <dd className="whitespace-pre-wrap break-words">
                {key === "status" ? actionStepStatusLabels[theirs.status] : theirs[key] || "—"}
              </dd>
            </div>
          ))}
        </dl>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={keepMine}>
            Keep my edits and save
          </Button>
          <Button size="sm" variant="secondary" onClick={useTheirs}>
            Use the saved step
          </Button>
        </div>
      </div>
    </Alert>
  );
}
