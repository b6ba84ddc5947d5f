import { useQuery } from "@tanstack/react-query";
import { trpc } from "@throughline/app-kit/client";
import { Loading } from "@throughline/ui/loading";
import { AgendaBuilder } from "./agenda-builder.tsx";
import type { AgendaEntry } from "./schedule-values.ts";

/**
 * "Change the agenda" in the edit dialog: off, the meeting keeps its agenda; on, a new one is
 * built from protocols, as when scheduling, and replaces it.
 */
export function AgendaChange({
  current,
  entries,
  onChange,
  meetingMinutes,
  error,
}: {
  /** The agenda as it is: "4 steps, 40 min". */
  current: string;
  /** Null while the agenda is kept. */
  entries: readonly AgendaEntry[] | null;
  onChange: (entries: AgendaEntry[] | null) => void;
  meetingMinutes: number | null;
  error: string | null;
}) {
  const protocols = useQuery({
    ...trpc.protocols.list.queryOptions(),
    enabled: entries !== null,
  });
  return (
    <div className="flex flex-col gap-4">
      <label className="flex items-start gap-2 text-sm text-foreground">
        <input
          type="checkbox"
          className="mt-0.5 size-4 shrink-0 accent-primary"
          checked={entries !== null}
          onChange={(event) => onChange(event.target.checked ? [] : null)}
        />
        <span>Change the agenda (now {current})</span>
      </label>
      {entries === null ? null : protocols.data ? (
        <AgendaBuilder
          protocols={protocols.data}
          entries={entries}
          onChange={onChange}
          meetingMinutes={meetingMinutes}
          error={error}
        />
      ) : protocols.isError ? (
        <p className="text-sm text-danger">
          The protocols could not be loaded. Close and try again.
        </p>
      ) : (
        <Loading variant="inline" label="Loading protocols…" />
      )}
    </div>
  );
}
