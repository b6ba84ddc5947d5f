import type { RosterProgress } from "@throughline/domain/oneroster/input";

/** A real progress bar, filled from the server's count of rows written. */
export function ImportProgress({ progress }: { progress: RosterProgress | null }) {
  const total = progress ? Math.max(progress.total, 1) : undefined;
  const done = progress ? (progress.total === 0 ? 1 : progress.done) : undefined;
  return (
    <div className="flex flex-col gap-2">
      <progress
        aria-label="Import progress"
        className="h-3 w-full max-w-xl accent-primary"
        max={total}
        value={done}
      />
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {progress === null
          ? "Starting the import…"
          : progress.finished
            ? progress.total === 0
              ? "Nothing needed changing."
              : `All ${progress.total} changes written.`
            : `${progress.done} of ${progress.total} changes written…`}
      </p>
    </div>
  );
}
