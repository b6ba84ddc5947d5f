import { Alert } from "@throughline/ui/alert";
import { Button } from "@throughline/ui/button";
import { useEffect, useRef } from "react";
import type { EditorSession } from "./types.ts";

/**
 * Another admin saved the session after this one opened it, so this save wrote nothing. Both
 * versions stay until the admin chooses: load theirs (this device's edits are dropped) or keep
 * editing their own, which the next save stores over theirs, knowingly. Focus moves here so a
 * keyboard or screen-reader user hears it at once.
 */
export function SessionSaveConflict({
  message,
  theirs,
  onLoadTheirs,
  onKeepMine,
}: {
  message: string;
  theirs: EditorSession;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
}) {
  const heading = useRef<HTMLDivElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const blocks = theirs.blocks.length;
  return (
    <Alert
      ref={heading}
      tabIndex={-1}
      role="alert"
      variant="warning"
      title="Your edits are not saved yet"
    >
      <div className="flex flex-col gap-3">
        <p>{message}</p>
        <p>
          Their version is titled “{theirs.title}” and has {blocks} content block
          {blocks === 1 ? "" : "s"}. Your edits are still in the form and kept on this device.
        </p>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" variant="secondary" onClick={onLoadTheirs}>
            Load their version
          </Button>
          <Button size="sm" variant="secondary" onClick={onKeepMine}>
            Keep editing mine
          </Button>
        </div>
        <p className="text-sm text-muted-foreground">
          Loading theirs drops your edits. If you keep yours, saving replaces their version.
        </p>
      </div>
    </Alert>
  );
}
