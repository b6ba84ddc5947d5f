import { CircleCheck, CloudOff, LoaderCircle, TriangleAlert } from "lucide-react";
import type { SaveState } from "./observation-draft.ts";
import { noteTime } from "./observation-notes-card.tsx";

/** What autosave is doing, announced politely. */
export function SaveStatus({ state }: { state: SaveState }) {
  const content = (() => {
    switch (state.kind) {
      case "idle":
        return null;
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
            <TriangleAlert aria-hidden="true" className="size-4 text-danger" /> {state.message}
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
