import { AutosaveStatus } from "./autosave-status.tsx";
import { UnsavedChangesGuard } from "./unsaved-changes-guard.tsx";
import type { AutosaveState } from "./use-autosave-draft.ts";

interface DraftGuardProps {
  /** The autosave's state, shown as the status line ("Draft kept on this device", "Saved 9:41"). */
  state: AutosaveState;
  /** Whether the form holds changes the server does not have yet. */
  dirty: boolean;
  /** Whether those changes are on their way: leaving then loses nothing, so nobody is asked. */
  saving: boolean;
  /** What the leave dialog says; by default, that what was typed is kept on this device. */
  message?: string;
  /**
   * `while-dirty` (default): the status line and the guard are there only while something is
   * unsaved, for a form that stays open after saving. `always`: the line keeps its place (and
   * says "Saved …" afterwards), for an editor that closes once saved.
   */
  show?: "while-dirty" | "always";
}

/**
 * The status line of a form kept on this device by the shared autosave, with the guard that
 * asks before leaving while the server lacks what was typed: every autosaved form pairs the two.
 */
export function DraftGuard({
  state,
  dirty,
  saving,
  message,
  show = "while-dirty",
}: DraftGuardProps) {
  if (show === "while-dirty" && !dirty) return null;
  return (
    <>
      <AutosaveStatus state={state} />
      <UnsavedChangesGuard when={dirty && !saving} message={message} />
    </>
  );
}
