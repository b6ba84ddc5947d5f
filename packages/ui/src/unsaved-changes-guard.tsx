import { useEffect, useId } from "react";
import { useBlocker } from "react-router";
import { ConfirmDialog } from "./confirm-dialog.tsx";

const defaultMessage =
  "What you typed is kept on this device and offered back when you return, but it is not saved yet.";

/**
 * The guards of the page with unsaved changes, by guard, with what each would say. React Router
 * runs one blocker at a time (the last one mounted), so each guard's blocker asks all of them:
 * a form opened later with nothing unsaved never hides another form's unsaved text.
 */
const unsaved = new Map<string, string>();

/**
 * Asks before leaving a page whose changes the server does not have yet: in-app moves (links,
 * Back) through react-router's blocker, closing or reloading the tab through `beforeunload`.
 * Several guards may share a page.
 */
export function UnsavedChangesGuard({
  when,
  message = defaultMessage,
}: {
  when: boolean;
  message?: string;
}) {
  const id = useId();
  useEffect(() => {
    if (!when) return;
    unsaved.set(id, message);
    return () => {
      unsaved.delete(id);
    };
  }, [id, when, message]);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      (when || unsaved.size > 0) && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [when]);
  // The blocked move may be another guard's: say what that one would.
  const shown = when ? message : ([...unsaved.values()][0] ?? message);
  return (
    <ConfirmDialog
      open={blocker.state === "blocked"}
      title="Leave without saving?"
      confirmLabel="Leave"
      pendingLabel="Leaving…"
      cancelLabel="Stay on this page"
      pending={false}
      error={null}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      {shown}
    </ConfirmDialog>
  );
}
