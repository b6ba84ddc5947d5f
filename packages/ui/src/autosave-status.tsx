import { CircleCheck, CloudOff, LoaderCircle, Smartphone, TriangleAlert } from "lucide-react";
import { noteTime } from "./observation-notes-card.tsx";
import type { AutosaveState } from "./use-autosave-draft.ts";

/** What the shared autosave is doing, announced politely. */
export function AutosaveStatus({ state }: { state: AutosaveState }) {
  const content = (() => {
    switch (state.kind) {
      case "idle":
        return null;
      case "kept":
        return (
          <>
            <Smartphone aria-hidden="true" className="size-4" /> Draft kept on this device
          </>
        );
      case "saving":
        return (
          <>
            <LoaderCircle aria-hidden="true" className="size-4 animate-spin" /> Saving…
          </>
        );
      case "saved":
        return (
          <>
            <CircleCheck aria-hidden="true" className="size-4 text-success" /> Saved{" "}
            {noteTime(state.at)}
          </>
        );
      case "offline":
        return (
          <>
            <CloudOff aria-hidden="true" className="size-4 text-warning" /> Offline — kept on this
            device
          </>
        );
      case "conflict":
      case "error":
        return (
          <>
            <TriangleAlert aria-hidden="true" className="size-4 shrink-0 text-danger" /> Not saved:{" "}
            {state.message}
          </>
        );
    }
  })();
  return (
    <p role="status" className="flex min-h-6 items-center gap-1.5 text-sm text-muted-foreground">
      {content}
    </p>
  );
}
