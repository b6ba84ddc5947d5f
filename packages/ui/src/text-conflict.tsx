import { useId } from "react";
import { Alert } from "./alert.tsx";
import { Button } from "./button.tsx";
import { Label } from "./label.tsx";
import type { AutosaveConflict } from "./use-autosave-draft.ts";

const areaClasses =
  "block w-full rounded-md border border-input bg-surface px-3 py-2 text-base text-foreground shadow-xs";

/**
 * Someone (or another device) saved first: both texts stay on screen until the person chooses.
 * Nothing is overwritten without that choice.
 */
export function TextConflict({
  conflict,
  mine,
  resolve,
  title = "Someone else saved first",
  theirsLabel = "Their text",
  useTheirsLabel = "Use their text",
}: {
  conflict: AutosaveConflict<string>;
  mine: string;
  resolve: (chosen: string, theirs: { value: string; revision: number }) => void;
  title?: string;
  theirsLabel?: string;
  useTheirsLabel?: string;
}) {
  const id = useId();
  const theirs = conflict.theirs;
  return (
    <Alert variant="warning" title={title}>
      <div className="flex flex-col gap-3">
        <p>{conflict.message}</p>
        {theirs ? (
          <>
            <div className="flex flex-col gap-1">
              <Label htmlFor={`${id}-theirs`}>{theirsLabel}</Label>
              <textarea
                id={`${id}-theirs`}
                readOnly
                rows={4}
                value={theirs.value}
                className={areaClasses}
              />
            </div>
            <p className="text-sm">Your text is still in the editor above.</p>
            <div className="flex flex-wrap gap-2">
              <Button
                size="sm"
                onClick={() =>
                  resolve(theirs.value.trim() === "" ? mine : `${theirs.value}\n\n${mine}`, theirs)
                }
              >
                Put both together
              </Button>
              <Button size="sm" variant="secondary" onClick={() => resolve(theirs.value, theirs)}>
                {useTheirsLabel}
              </Button>
              <Button size="sm" variant="secondary" onClick={() => resolve(mine, theirs)}>
                Keep mine
              </Button>
            </div>
          </>
        ) : null}
      </div>
    </Alert>
  );
}
